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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code strata new}: a hand-written migration from the template of its type. A numbered one gets
 * the next number, a journal entry and — when the folder keeps snapshots — a copy of the last
 * snapshot with new ids, exactly what {@code drizzle-kit generate --custom} writes, so drizzle-kit
 * keeps working on the folder. A manual one is a file outside the journal.
 */
final class NewMigration {
    private NewMigration() {
    }

    static NewMigrationResult create(Path dir, NewMigrationOptions options) {
        MigrationFolder folder = Files.isDirectory(dir) ? MigrationFolder.read(dir)
                : new MigrationFolder(dir, Journal.empty(), List.of(), List.of());
        List<JournalEntry> entries = folder.journal().entries();
        FileWrites files = new FileWrites("new");
        if (options.manual()) {
            Path file = dir.resolve(options.name() + ".sql");
            refuseExisting(file);
            files.write(file, MigrationTemplate.text(options, options.name(), lastTag(entries)));
            return new NewMigrationResult(options.name(), true, files.written());
        }
        int number = entries.stream().mapToInt(e -> TagNumbers.orMinusOne(e.tag())).max().orElse(-1) + 1;
        String tag = String.format("%04d_%s", number, options.name());
        Path file = dir.resolve(tag + ".sql");
        refuseExisting(file);
        long lastWhen = entries.stream().mapToLong(JournalEntry::when).max().orElse(0);
        List<JournalEntry> next = new ArrayList<>(entries);
        next.add(new JournalEntry(entries.isEmpty() ? 0 : entries.get(entries.size() - 1).idx() + 1, "7",
                Math.max(System.currentTimeMillis(), lastWhen + 1), tag, true));
        files.write(file, MigrationTemplate.text(options, tag, lastTag(entries)));
        folder.snapshots().stream().max(Comparator.comparing(p -> p.getFileName().toString())).ifPresent(last -> {
            Snapshot previous = SnapshotJson.read(last);
            Snapshot copy = previous.withIds(UUID.randomUUID().toString(), previous.id());
            files.write(dir.resolve("meta").resolve(String.format("%04d_snapshot.json", number)), SnapshotJson.write(copy));
        });
        files.write(dir.resolve("meta/_journal.json"), JournalWriter.write(new Journal("7", "postgresql", next)));
        return new NewMigrationResult(tag, false, files.written());
    }

    private static String lastTag(List<JournalEntry> entries) {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).tag();
    }

    private static void refuseExisting(Path file) {
        if (Files.exists(file)) {
            throw new StrataException.Input(new Problem("new.exists", file, 0, null, null, file + " already exists", null,
                    "choose another --name", "nothing was written"));
        }
    }
}
