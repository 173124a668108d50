package dev.strata.core.folder;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * One migration file of the folder.
 *
 * @param name         the journal tag, or the file name without {@code .sql} for a manual migration
 * @param kind         journal (numbered, listed in the journal) or manual
 * @param file         the {@code .sql} file
 * @param text         the file's text (decoded as UTF-8)
 * @param entry        the journal entry, or {@code null} for a manual migration
 * @param fingerprints the hash and checksum of {@code text}, computed on first use
 */
public record Migration(String name, Kind kind, Path file, String text, JournalEntry entry, Fingerprints fingerprints) {
    /** The file name ending of a down file, {@code <name>.down.sql} beside the migration; drizzle tools ignore it. */
    public static final String DOWN_SUFFIX = ".down.sql";

    /** Where this migration's down file is (it may not exist). */
    public java.nio.file.Path downFile() {
        return file.resolveSibling(name + DOWN_SUFFIX);
    }

    /** A migration whose hash and checksum are computed from {@code text} when first asked. */
    public Migration(String name, Kind kind, Path file, String text, JournalEntry entry) {
        this(name, kind, file, text, entry, new Fingerprints(text));
    }

    /** Drizzle's hash of the file ({@link Hashes#drizzleHash}). */
    public String hash() {
        return fingerprints.hash();
    }

    /** Strata's line-ending-insensitive checksum ({@link Hashes#checksum}). */
    public String checksum() {
        return fingerprints.checksum();
    }

    /**
     * A migration's hash and checksum, computed when first asked, not when the folder is read: generate and offline
     * checks never need them, and a large baseline takes a tenth of a second to hash. Derived from the text, so any
     * two are equal as values.
     */
    public static final class Fingerprints {
        private final String text;
        private volatile String hash;
        private volatile String checksum;

        Fingerprints(String text) {
            this.text = text;
        }

        String hash() {
            if (hash == null) {
                hash = Hashes.drizzleHash(text);
            }
            return hash;
        }

        String checksum() {
            if (checksum == null) {
                checksum = Hashes.checksum(text);
            }
            return checksum;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fingerprints;
        }

        @Override
        public int hashCode() {
            return 0;
        }
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
