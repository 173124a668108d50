package dev.strata.core.folder;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A migrations folder as read from disk: the journal, every migration in apply order, the
 * snapshots. Reading it validates it; see {@link FolderReader} for the errors and
 * {@link ManualOrder} for where manual migrations go.
 *
 * @param dir        the folder
 * @param journal    {@code meta/_journal.json}, or an empty journal when the folder has none
 * @param migrations every migration, in the order Strata applies them
 * @param snapshots  the {@code meta/*_snapshot.json} files, sorted by name
 */
public record MigrationFolder(Path dir, Journal journal, List<Migration> migrations, List<Path> snapshots) {
    public MigrationFolder {
        migrations = List.copyOf(migrations);
        snapshots = List.copyOf(snapshots);
    }

    /** Reads and validates a folder; throws {@code StrataException.Input} naming the file at fault. */
    public static MigrationFolder read(Path dir) {
        return FolderReader.read(dir);
    }

    public Optional<Migration> find(String name) {
        return migrations.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
