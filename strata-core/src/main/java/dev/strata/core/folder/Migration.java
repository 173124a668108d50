package dev.strata.core.folder;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * One migration file of the folder.
 *
 * @param name     the journal tag, or the file name without {@code .sql} for a manual migration
 * @param kind     journal (numbered, listed in the journal) or manual
 * @param file     the {@code .sql} file
 * @param text     the file's text (decoded as UTF-8)
 * @param entry    the journal entry, or {@code null} for a manual migration
 */
public record Migration(String name, Kind kind, Path file, String text, JournalEntry entry) {
    /** The file name ending of a down file, {@code <name>.down.sql} beside the migration; drizzle tools ignore it. */
    public static final String DOWN_SUFFIX = ".down.sql";

    /** Where this migration's down file is (it may not exist). */
    public java.nio.file.Path downFile() {
        return file.resolveSibling(name + DOWN_SUFFIX);
    }


    /**
     * Drizzle's hash of the file ({@link Hashes#drizzleHash}). Computed when asked, not when the folder is read:
     * generate and offline checks never need it, and a large baseline takes a tenth of a second to hash.
     */
    public String hash() {
        return Hashes.drizzleHash(text);
    }

    /** Strata's line-ending-insensitive checksum ({@link Hashes#checksum}), computed when asked. */
    public String checksum() {
        return Hashes.checksum(text);
    }

    /** Whether drizzle's journal lists the migration. */
    public enum Kind {
        /** Listed in {@code meta/_journal.json}; tracked in drizzle's table and Strata's history. */
        JOURNAL,
        /** A {@code .sql} file the journal does not list; drizzle ignores it, Strata tracks it in its history. */
        MANUAL
    }

    public Migration {
        if ((kind == Kind.JOURNAL) != (entry != null)) {
            throw new IllegalArgumentException("a journal migration has an entry, a manual one has none");
        }
    }

    /** The journal's {@code when} (drizzle's {@code created_at}), empty for manual migrations. */
    public OptionalLong when() {
        return entry == null ? OptionalLong.empty() : OptionalLong.of(entry.when());
    }
}
