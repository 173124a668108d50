package dev.strata.core.inspect;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one catalog query with bind parameters and maps its rows; a failure becomes a {@link StrataException.Database}. */
public final class Catalog {
    private final Connection connection;

    public Catalog(Connection connection) {
        this.connection = connection;
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql}, binding {@code binds} in order: a {@code String} (or {@code null}) as text, a
     * {@code List<String>} as {@code text[]}.
     */
    public <T> List<T> query(String sql, List<?> binds, Row<T> row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, binds);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StrataException.Database(new Problem("inspect.query-failed", null, 0, sql, e.getSQLState(),
                    "reading the catalog failed: " + e.getMessage(), null,
                    "check that the user may read pg_catalog; if the server is older than PostgreSQL 13, upgrade it", null), e);
        }
    }

    private void bind(PreparedStatement ps, List<?> binds) throws SQLException {
        int i = 1;
        for (Object value : binds) {
            if (value instanceof List<?> list) {
                ps.setArray(i++, connection.createArrayOf("text", list.toArray()));
            } else if (value == null || value instanceof String) {
                ps.setString(i++, (String) value);
            } else {
                throw new IllegalArgumentException("cannot bind " + value.getClass());
            }
        }
    }

    /**
     * An array column as strings (elements by {@code toString}, SQL NULL elements kept as {@code null});
     * an SQL NULL array as the empty list.
     */
    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
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
}
