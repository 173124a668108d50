package dev.strata.core.apply;

import dev.strata.core.folder.Migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Writes drizzle's tracking rows and Strata's history rows. */
final class HistoryWriter {
    private final Connection c;
    private final TrackingTable t;
    private final String who;
    private final String insertHistory;

    HistoryWriter(Connection c, TrackingTable t, String who) {
        this.c = c;
        this.t = t;
        this.who = who;
        this.insertHistory = "INSERT INTO " + t.history() + " (name, kind, hash, checksum, created_at, status, transaction_mode,"
                + " statements_total, statements_done, done_checksum, duration_ms, applied_by, error)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_user || ?, ?) RETURNING id";
    }

    /**
     * SQL text that records an applied migration — drizzle-orm's row exactly as its migrator inserts
     * it (none for manual migrations) and the history row, its duration measured by the server from
     * the transaction's start — then commits. Values are dollar-quoted literals, not parameters, so
     * the text can follow a migration statement in one round trip (a statement may hold {@code ?}).
     */
    String appliedRowsAndCommit(PlannedMigration p) {
        Migration m = p.migration();
        String history = "INSERT INTO " + t.history() + " (name, kind, hash, checksum, created_at, status, transaction_mode,"
                + " statements_total, statements_done, duration_ms, applied_by) VALUES (" + literal(m.name()) + ", "
                + literal(m.kind() == Migration.Kind.JOURNAL ? "journal" : "manual") + ", " + literal(m.hash()) + ", "
                + literal(m.checksum()) + ", " + (m.entry() == null ? "NULL" : m.entry().when()) + ", 'applied', "
                + literal(p.mode().label()) + ", " + p.statements().size() + ", " + p.statements().size()
                + ", (extract(epoch FROM clock_timestamp() - now()) * 1000)::bigint, current_user || " + literal(who) + ")";
        String drizzle = m.kind() != Migration.Kind.JOURNAL ? ""
                : "INSERT INTO " + t.drizzle() + " (\"hash\", \"created_at\") VALUES (" + literal(m.hash()) + ", "
                + m.entry().when() + ");\n";
        return drizzle + history + ";\nCOMMIT";
    }

    /** Whether a database error is about the tracking tables rather than a migration's own SQL. */
    boolean concernsTracking(String message) {
        return message != null && (message.contains(t.table()) || message.contains(t.historyName()));
    }

    /** A dollar-quoted literal whose tag does not occur in the value: safe whatever standard_conforming_strings is. */
    private static String literal(String value) {
        String tag = "$s$";
        for (int n = 0; value.contains(tag); n++) {
            tag = "$s" + n + "$";
        }
        return tag + value + tag;
    }

    /** The rows of an applied migration, in the caller's transaction (a {@code --single-transaction} batch). */
    void recordApplied(PlannedMigration p, long durationMs) throws SQLException {
        insertDrizzleRow(p.migration());
        insert(p, "applied", p.statements().size(), null, durationMs, null);
    }

    /** drizzle-orm's row: exactly what its migrator inserts. Manual migrations get none. */
    void insertDrizzleRow(Migration m) throws SQLException {
        if (m.kind() != Migration.Kind.JOURNAL) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.drizzle() + " (\"hash\", \"created_at\") VALUES (?, ?)")) {
            ps.setString(1, m.hash());
            ps.setLong(2, m.entry().when());
            ps.executeUpdate();
        }
    }

    /** Inserts a history row and returns its id. */
    long insert(PlannedMigration p, String status, int done, String doneChecksum, Long durationMs, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertHistory)) {
            bindHistory(ps, 1, p, status, done, doneChecksum, durationMs, error);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void bindHistory(PreparedStatement ps, int first, PlannedMigration p, String status, int done, String doneChecksum,
                             Long durationMs, String error) throws SQLException {
        Migration m = p.migration();
        int i = first;
        ps.setString(i++, m.name());
        ps.setString(i++, m.kind() == Migration.Kind.JOURNAL ? "journal" : "manual");
        ps.setString(i++, m.hash());
        ps.setString(i++, m.checksum());
        if (m.entry() == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, m.entry().when());
        }
        ps.setString(i++, status);
        ps.setString(i++, p.mode().label());
        ps.setInt(i++, p.statements().size());
        ps.setInt(i++, done);
        ps.setString(i++, doneChecksum);
        if (durationMs == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, durationMs);
        }
        ps.setString(i++, who);
        ps.setString(i, error);
    }

    /** Records progress of a non-transactional migration after each committed statement. */
    void progress(long id, int done, String doneChecksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.history() + " SET statements_done = ?, done_checksum = ? WHERE id = ?")) {
            ps.setInt(1, done);
            ps.setString(2, doneChecksum);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** Marks a running row applied or failed. */
    void finish(long id, String status, long durationMs, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.history()
                + " SET status = ?, duration_ms = ?, error = ?, applied_at = now() WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, durationMs);
            ps.setString(3, error);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }
}
