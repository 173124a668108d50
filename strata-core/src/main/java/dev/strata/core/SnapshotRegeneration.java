package dev.strata.core;

import dev.strata.core.apply.Migrator;
import dev.strata.core.apply.TrackingTable;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.shadow.ShadowDatabase;
import dev.strata.core.source.snapshot.ModelToSnapshot;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the content of snapshots that a rebase left stale: the folder is replayed into a shadow
 * database migration by migration, and at each stale migration the schema built so far is read back
 * and written as its snapshot, keeping the snapshot's {@code id} and {@code prevId}. PostgreSQL, not a
 * merge of JSON files, decides what the schema is after both branches' changes.
 */
final class SnapshotRegeneration {
    private SnapshotRegeneration() {
    }

    /** Regenerates the snapshots of {@code staleTags} (in journal order); returns one line per file written. */
    static List<String> run(Path dir, TrackingTable tracking, ShadowDatabase shadow, List<String> staleTags) {
        MigrationFolder folder = MigrationFolder.read(dir);
        InspectFilter filter = InspectFilter.all().withTrackingSchema(tracking.schema());
        Migrator migrator = new Migrator(folder, tracking, " (snapshot regeneration)");
        FileWrites files = new FileWrites("rebase");
        List<String> actions = new ArrayList<>();
        try (Connection c = shadow.url().withDefaultParameter("preferQueryMode", "simple").connect()) {
            for (var entry : folder.journal().entries()) {
                if (!staleTags.contains(entry.tag())) {
                    continue;
                }
                Path file = dir.resolve("meta").resolve(entry.tag().substring(0, dev.strata.core.folder.TagNumbers.length(entry.tag())) + "_snapshot.json");
                Snapshot old = SnapshotJson.read(file);
                files.write(file, SnapshotJson.write(ModelToSnapshot.snapshot(DriftCheck.replayTo(c, migrator, entry.tag(), filter))
                        .withIds(old.id(), old.prevId())));
                actions.add(file.getFileName() + ": regenerated from the schema that migrations up to " + entry.tag()
                        + " build (replayed in a shadow database)");
            }
        } catch (SQLException e) {
            throw Strata.closeFailure(e, "check the server log");
        }
        return actions;
    }
}
