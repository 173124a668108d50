package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reading array columns of catalog rows. */
final class Rows {
    private Rows() {
    }

    /** An {@code oid[]} column as numbers. */
    static List<Long> oids(ResultSet rs, String column) throws SQLException {
        return Catalog.strings(rs, column).stream().map(Long::parseLong).toList();
    }

    /** {@code reloptions}-style {@code key=value} texts as a map. */
    static java.util.Map<String, String> options(ResultSet rs, String column) throws SQLException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (String option : Catalog.strings(rs, column)) {
            int eq = option.indexOf('=');
            out.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return out;
    }
}
