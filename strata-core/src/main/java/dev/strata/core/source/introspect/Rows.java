package dev.strata.core.source.introspect;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reading array columns of catalog rows. */
final class Rows {
    private Rows() {
    }

    /** A {@code text[]} (or any array) column as strings, SQL NULL elements kept as {@code null}; NULL as empty. */
    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<String> out = new ArrayList<>(values.length);
            for (Object v : values) {
                out.add(v == null ? null : v.toString());
            }
            return out;
        } finally {
            array.free();
        }
    }

    /** An {@code oid[]} column as numbers. */
    static List<Long> oids(ResultSet rs, String column) throws SQLException {
        return strings(rs, column).stream().map(Long::parseLong).toList();
    }

    /** {@code reloptions}-style {@code key=value} texts as a map. */
    static java.util.Map<String, String> options(ResultSet rs, String column) throws SQLException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (String option : strings(rs, column)) {
            int eq = option.indexOf('=');
            out.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return out;
    }
}
