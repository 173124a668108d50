package dev.strata.core;

import dev.strata.core.config.MigrationStyle;
import dev.strata.core.folder.Journal;
import dev.strata.core.folder.JournalEntry;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.source.snapshot.SnapshotJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * {@code strata new}: a hand-written migration from the template of its type. A numbered one gets
 * the next number, a journal entry and — when the folder keeps snapshots — a copy of the last
 * snapshot with new ids, exactly what {@code drizzle-kit generate --custom} writes, so drizzle-kit
 * keeps working on the folder; its prefix and journal breakpoints follow {@code [generate]} in strata.toml and the
 * folder, as generate's do. A manual one is a file outside the journal.
 */
final class NewMigration {
    private NewMigration() {
    }

    static NewMigrationResult create(Path dir, NewMigrationOptions options, MigrationStyle style) {
        FileWrites files = new FileWrites("new");
        if (options.manual()) {
            MigrationFolder folder = Files.isDirectory(dir) ? MigrationFolder.read(dir)
                    : new MigrationFolder(dir, Journal.empty(), List.of(), List.of());
            Path file = dir.resolve(options.name() + ".sql");
            refuseExisting(file);
            files.write(file, MigrationTemplate.text(options, options.name(), lastTag(folder.journal().entries())));
            return new NewMigrationResult(options.name(), true, files.written());
        }
        NextMigration next = NextMigration.in(dir, options.name(), style, Clock.systemUTC());
        files.write(next.sqlFile(), MigrationTemplate.text(options, next.tag(), next.previousTag()));
        next.lastSnapshot().ifPresent(previous ->
                files.write(next.snapshotFile(), SnapshotJson.write(previous.withIds(UUID.randomUUID().toString(), previous.id()))));
        files.write(dir.resolve("meta/_journal.json"), next.journalWithEntry());
        return new NewMigrationResult(next.tag(), false, files.written());
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
