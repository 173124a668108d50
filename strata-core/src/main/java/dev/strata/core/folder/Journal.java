package dev.strata.core.folder;

import java.util.List;

/**
 * {@code meta/_journal.json}: the ordered list of numbered migrations. drizzle's migrator walks
 * {@link #entries()} in array order and never sorts it.
 *
 * @param version snapshot format version ({@code "7"})
 * @param dialect {@code "postgresql"}
 * @param entries entries in file order
 */
public record Journal(String version, String dialect, List<JournalEntry> entries) {
    public Journal {
        entries = List.copyOf(entries);
    }

    /** The journal of a folder that has none yet. */
    public static Journal empty() {
        return new Journal("7", "postgresql", List.of());
    }
}
