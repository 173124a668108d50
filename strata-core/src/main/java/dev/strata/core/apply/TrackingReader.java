package dev.strata.core.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Reads and creates the tracking tables. */
final class TrackingReader {
    private TrackingReader() {
    }

    /** Reads both tables; a missing table reads as empty. */
    static TrackingState read(Connection c, TrackingTable t) throws SQLException {
        boolean drizzleExists = exists(c, t.schema(), t.table());
        if (!drizzleExists) {
            return TrackingState.none();
        }
        List<DrizzleRow> drizzle = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, hash, created_at FROM " + t.drizzle() + " ORDER BY id")) {
            while (rs.next()) {
                long createdAt = rs.getLong(3);
                drizzle.add(new DrizzleRow(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : createdAt));
            }
        }
        List<HistoryRow> history = exists(c, t.schema(), t.historyName()) ? history(c, t) : List.of();
        return new TrackingState(true, drizzle, history);
    }

    /** Creates the tables when either is missing; returns whether anything was created. */
    static boolean bootstrap(Connection c, TrackingTable t) throws SQLException {
        if (exists(c, t.schema(), t.table()) && exists(c, t.schema(), t.historyName())) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            for (String sql : t.bootstrap()) {
                s.execute(sql);
            }
        }
        return true;
    }

    private static List<HistoryRow> history(Connection c, TrackingTable t) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, kind, hash, checksum, created_at, status, transaction_mode,"
                     + " statements_total, statements_done, done_checksum, applied_at, duration_ms, applied_by, error FROM "
                     + t.history() + " ORDER BY id")) {
            while (rs.next()) {
                long createdAt = rs.getLong(6);
                Long created = rs.wasNull() ? null : createdAt;
                long duration = rs.getLong(13);
                Long durationMs = rs.wasNull() ? null : duration;
                Timestamp at = rs.getTimestamp(12);
                rows.add(new HistoryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        created, rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11),
                        at == null ? null : at.toInstant(), durationMs, rs.getString(14), rs.getString(15)));
            }
        }
        return rows;
    }

    static boolean exists(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_class k JOIN pg_catalog.pg_namespace n ON n.oid = k.relnamespace"
                        + " WHERE n.nspname = ? AND k.relname = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
