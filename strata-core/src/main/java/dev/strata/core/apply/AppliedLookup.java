package dev.strata.core.apply;

import dev.strata.core.folder.JournalEntry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/** Which journal entries a database records as applied, read without a valid folder (for {@code rebase}). */
public final class AppliedLookup {
    private AppliedLookup() {
    }

    /** The tags of {@code entries} with a drizzle row at their {@code when} or an applied history row by name. */
    public static List<String> applied(Connection c, TrackingTable table, List<JournalEntry> entries) throws SQLException {
        TrackingState state = TrackingReader.read(c, table);
        if (!state.exists()) {
            return List.of();
        }
        return entries.stream().filter(e -> state.drizzle().stream().anyMatch(r -> Objects.equals(r.createdAt(), e.when()))
                        || state.history().stream().anyMatch(h -> h.applied() && h.name().equals(e.tag())))
                .map(JournalEntry::tag).toList();
    }
}
