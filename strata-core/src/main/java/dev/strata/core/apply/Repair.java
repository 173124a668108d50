package dev.strata.core.apply;

import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code strata repair}: accepts intentional edits of applied migrations (the tracking rows take the
 * file's new hash and checksum) and removes failed attempts from the history, so a fixed migration
 * is simply pending again. Interrupted non-transactional attempts are kept: migrate resumes them.
 */
final class Repair {
    private final Connection c;
    private final TrackingTable table;
    private final boolean dryRun;
    private final List<String> changes = new ArrayList<>();

    Repair(Connection c, TrackingTable table, boolean dryRun) {
        this.c = c;
        this.table = table;
        this.dryRun = dryRun;
    }

    /** What was (or, dry, would be) changed, one line per change. */
    List<String> run(MigrationFolder folder, TrackingState state, StatusReport status) throws SQLException {
        for (MigrationStatus s : status.migrations()) {
            Optional<Migration> migration = folder.find(s.name());
            if (migration.isEmpty()) {
                continue;
            }
            if (s.state() == MigrationState.EDITED) {
                acceptEdit(migration.get(), state);
            } else if (s.state() == MigrationState.FAILED && latest(state, s.name()).map(HistoryRow::status).orElse("").equals("failed")) {
                update("DELETE FROM " + table.history() + " WHERE name = ? AND status = 'failed'", s.name());
                changes.add(s.name() + ": removed failed attempt(s) from the history; it is pending again");
            } else if (s.state() == MigrationState.FAILED) {
                changes.add(s.name() + ": left as is — an interrupted attempt that strata migrate resumes");
            }
        }
        return List.copyOf(changes);
    }

    private void acceptEdit(Migration m, TrackingState state) throws SQLException {
        if (m.kind() == Migration.Kind.JOURNAL) {
            String hash = m.hash();
            Optional<DrizzleRow> row = state.drizzle().stream()
                    .filter(r -> r.createdAt() != null && r.createdAt() == m.entry().when() && !r.hash().equals(hash)).findFirst();
            if (row.isPresent()) {
                update("UPDATE " + table.drizzle() + " SET hash = ? WHERE id = ?", m.hash(), row.get().id());
            }
        }
        Optional<HistoryRow> applied = state.history().stream().filter(h -> h.name().equals(m.name()) && h.applied())
                .max(Comparator.comparingLong(HistoryRow::id));
        if (applied.isPresent()) {
            update("UPDATE " + table.history() + " SET hash = ?, checksum = ? WHERE id = ?", m.hash(), m.checksum(), applied.get().id());
        }
        changes.add(m.name() + ": accepted the edited file (hash " + m.hash().substring(0, 12) + "…); it counts as applied as it is now");
    }

    private static Optional<HistoryRow> latest(TrackingState state, String name) {
        return state.history().stream().filter(h -> h.name().equals(name)).max(Comparator.comparingLong(HistoryRow::id));
    }

    private void update(String sql, Object... values) throws SQLException {
        if (dryRun) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
