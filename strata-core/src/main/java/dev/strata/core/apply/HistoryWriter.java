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

    HistoryWriter(Connection c, TrackingTable t, String who) {
        this.c = c;
        this.t = t;
        this.who = who;
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
        Migration m = p.migration();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.history() + " (name, kind, hash, checksum, created_at,"
                + " status, transaction_mode, statements_total, statements_done, done_checksum, duration_ms, applied_by, error)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_user || ?, ?) RETURNING id")) {
            ps.setString(1, m.name());
            ps.setString(2, m.kind() == Migration.Kind.JOURNAL ? "journal" : "manual");
            ps.setString(3, m.hash());
            ps.setString(4, m.checksum());
            if (m.entry() == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, m.entry().when());
            }
            ps.setString(6, status);
            ps.setString(7, p.mode().label());
            ps.setInt(8, p.statements().size());
            ps.setInt(9, done);
            ps.setString(10, doneChecksum);
            if (durationMs == null) {
                ps.setNull(11, Types.BIGINT);
            } else {
                ps.setLong(11, durationMs);
            }
            ps.setString(12, who);
            ps.setString(13, error);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
