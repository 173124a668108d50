package dev.strata.core.folder;

/**
 * One element of {@code meta/_journal.json}'s {@code entries}, as drizzle-kit writes it.
 *
 * @param idx         position, 0 for the first; unused by drizzle's migrator
 * @param version     snapshot format version, {@code "7"}
 * @param when        generation time in epoch ms: drizzle's ordering key and the tracking row's {@code created_at}
 * @param tag         the migration's file name without {@code .sql}
 * @param breakpoints whether statements were joined with {@code --> statement-breakpoint}
 */
public record JournalEntry(int idx, String version, long when, String tag, boolean breakpoints) {
    public JournalEntry {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a journal entry needs a tag");
        }
    }
}
