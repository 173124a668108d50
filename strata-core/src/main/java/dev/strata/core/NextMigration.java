package dev.strata.core;

import dev.strata.core.folder.Journal;
import dev.strata.core.folder.JournalEntry;
import dev.strata.core.folder.JournalWriter;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.folder.TagNumbers;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The next numbered migration of a folder, as drizzle-kit numbers it: the number after the highest
 * (or a UTC {@code YYYYMMDDHHMMSS} prefix when the folder uses timestamps), the next idx, a
 * {@code when} after every earlier one, and the snapshot file that goes with it.
 *
 * @param folder the folder as it is (an empty one when it does not exist yet)
 * @param tag    {@code NNNN_name}
 * @param prefix the number part of the tag ({@code 0007}), which also names the snapshot file
 */
record NextMigration(MigrationFolder folder, String tag, String prefix) {
    private static final int TIMESTAMP_DIGITS = 14;

    static NextMigration in(Path dir, String name) {
        return unchecked(dir, name).refuseExisting();
    }

    /** As {@link #in}, without refusing an existing file yet: for a name still to be decided ({@link #named}). */
    static NextMigration unchecked(Path dir, String name) {
        MigrationFolder folder = Files.isDirectory(dir) ? MigrationFolder.read(dir)
                : new MigrationFolder(dir, Journal.empty(), List.of(), List.of());
        List<JournalEntry> entries = folder.journal().entries();
        boolean timestamps = !entries.isEmpty() && TagNumbers.length(entries.get(entries.size() - 1).tag()) == TIMESTAMP_DIGITS;
        String prefix = timestamps
                ? DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(ZonedDateTime.now(ZoneOffset.UTC))
                : String.format("%04d", entries.stream().mapToInt(e -> TagNumbers.orMinusOne(e.tag())).max().orElse(-1) + 1);
        return new NextMigration(folder, prefix + "_" + name, prefix);
    }

    /** The same migration under another name, without reading the folder again. */
    NextMigration named(String name) {
        return new NextMigration(folder, prefix + "_" + name, prefix).refuseExisting();
    }

    NextMigration refuseExisting() {
        if (Files.exists(sqlFile())) {
            throw new StrataException.Input(new Problem("migration.exists", sqlFile(), 0, null, null, sqlFile() + " already exists",
                    null, "choose another --name", "nothing was written"));
        }
        return this;
    }

    Path dir() {
        return folder.dir();
    }

    Path sqlFile() {
        return dir().resolve(tag + ".sql");
    }

    Path downFile() {
        return dir().resolve(tag + dev.strata.core.folder.Migration.DOWN_SUFFIX);
    }

    /** Whether the folder's journal says its files have no breakpoints (drizzle's {@code breakpoints: false}). */
    boolean journalBreakpointsOff() {
        List<JournalEntry> entries = folder.journal().entries();
        return !entries.isEmpty() && !entries.get(entries.size() - 1).breakpoints();
    }

    Path snapshotFile() {
        return dir().resolve("meta").resolve(prefix + "_snapshot.json");
    }

    /** The tag of the migration before this one, or {@code null} for the first. */
    String previousTag() {
        List<JournalEntry> entries = folder.journal().entries();
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).tag();
    }

    /** The folder's newest snapshot, if it keeps any. */
    Optional<Snapshot> lastSnapshot() {
        return folder.snapshots().stream().max(Comparator.comparing(p -> p.getFileName().toString())).map(SnapshotJson::read);
    }

    /** The journal text with this migration's entry appended. */
    String journalWithEntry() {
        List<JournalEntry> entries = folder.journal().entries();
        long lastWhen = entries.stream().mapToLong(JournalEntry::when).max().orElse(0);
        boolean breakpoints = entries.isEmpty() || entries.get(entries.size() - 1).breakpoints();
        List<JournalEntry> next = new ArrayList<>(entries);
        next.add(new JournalEntry(entries.isEmpty() ? 0 : entries.get(entries.size() - 1).idx() + 1, "7",
                Math.max(System.currentTimeMillis(), lastWhen + 1), tag, breakpoints));
        return JournalWriter.write(new Journal("7", "postgresql", next));
    }
}
