package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.FolderCheck;
import dev.strata.core.check.Severity;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;
import dev.strata.core.source.snapshot.SnapshotToModel;
import dev.strata.testing.JournalFiles;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code strata rebase}: after a merge, numbers, journal and snapshot chain in order again; applied ones untouched. */
@ExtendWith(PostgresExtension.class)
class RebaseIT {

    private static List<String> errors(Path dir) {
        return FolderCheck.check(dir).stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::rule).toList();
    }

    private static void mergedFolder(Path dir) throws Exception {
        Files.writeString(dir.resolve("0000_init.sql"), "CREATE TABLE a (id int);");
        Files.writeString(dir.resolve("0001_add_b.sql"), "CREATE TABLE b (id int);");
        Files.writeString(dir.resolve("0001_add_c.sql"), "CREATE TABLE c (id int);");
        Files.writeString(dir.resolve("0001_add_c.down.sql"), "DROP TABLE c;");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_init"), JournalFiles.entry(1, 2000, "0001_add_b"),
                JournalFiles.entry(1, 2000, "0001_add_c")));
        Snapshot base = Snapshot.empty().withIds("11111111-1111-4111-8111-111111111111", Snapshot.ORIGIN_ID);
        Files.writeString(dir.resolve("meta/0000_snapshot.json"), SnapshotJson.write(base));
        Files.writeString(dir.resolve("meta/0001_snapshot.json"),
                SnapshotJson.write(Snapshot.empty().withIds("22222222-2222-4222-8222-222222222222", base.id())));
    }

    @Test
    void duplicateNumbersBecomeASequenceWithFilesJournalAndSnapshots(TestDatabase db, @TempDir Path dir) throws Exception {
        mergedFolder(dir);
        assertThat(errors(dir)).contains("journal.duplicate-idx", "numbering.duplicate");
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));

        RebaseResult dry = strata.rebase(true);
        assertThat(dry.actions()).contains("rename 0001_add_c.sql -> 0002_add_c.sql", "rename 0001_add_c.down.sql -> 0002_add_c.down.sql")
                .anyMatch(a -> a.startsWith("regenerate the snapshot of 0002_add_c"));
        assertThat(dir.resolve("0001_add_c.sql")).as("dry run").exists();

        RebaseResult done = strata.rebase(false);
        assertThat(done.actions()).anyMatch(a -> a.startsWith("0002_snapshot.json: regenerated from the schema that migrations up to 0002_add_c"));
        assertThat(dir.resolve("0002_add_c.sql")).exists();
        assertThat(dir.resolve("0002_add_c.down.sql")).exists();
        MigrationFolder folder = MigrationFolder.read(dir);
        assertThat(folder.journal().entries()).extracting(e -> e.idx() + " " + e.when() + " " + e.tag())
                .containsExactly("0 1000 0000_init", "1 2000 0001_add_b", "2 2001 0002_add_c");
        Snapshot regenerated = SnapshotJson.read(dir.resolve("meta/0002_snapshot.json"));
        assertThat(regenerated.prevId()).isEqualTo("22222222-2222-4222-8222-222222222222");
        assertThat(SnapshotToModel.schema(regenerated).tables()).extracting(t -> t.name().name())
                .as("both branches' tables").containsExactly("a", "b", "c");
        assertThat(errors(dir)).isEmpty();
        assertThat(strata.rebase(false).actions()).as("a second rebase has nothing to do").isEmpty();
    }

    @Test
    void branchCollisionIsRelinkedAndTheRelinkedSnapshotRegenerated(TestDatabase db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir.resolve("meta"));
        try (var files = Files.walk(Vectors.dir().resolve("check-collision/migrations"))) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path rel = Vectors.dir().resolve("check-collision/migrations").relativize(p);
                Files.copy(p, dir.resolve(rel.toString()));
            }
        }
        assertThat(errors(dir)).contains("snapshot.collision");
        RebaseResult result = new Strata(StrataConfig.of(db.url(), dir)).rebase(false);
        assertThat(result.actions()).hasSize(2);
        assertThat(result.actions().get(0)).startsWith("0002_snapshot.json: id ").contains(", prevId -> ");
        assertThat(result.actions().get(1)).startsWith("0002_snapshot.json: regenerated");
        assertThat(errors(dir)).isEmpty();
    }

    @Test
    void aMigrationThatFailsToReplayLeavesTheFolderUntouched(TestDatabase db, @TempDir Path dir) throws Exception {
        mergedFolder(dir);
        Files.writeString(dir.resolve("0001_add_c.sql"), "CREATE TABLE c (id int REFERENCES nowhere (id));");
        List<String> before = listing(dir);

        assertThatThrownBy(() -> new Strata(StrataConfig.of(db.url(), dir)).rebase(false))
                .isInstanceOf(StrataException.class).hasMessageContaining("nowhere");

        assertThat(listing(dir)).isEqualTo(before);
    }

    private static List<String> listing(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return dir.relativize(p) + " " + Files.readString(p).hashCode();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    @Test
    void refusesToRenumberAMigrationAppliedInTheDatabase(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("0000_init.sql"), "CREATE TABLE a (id int);");
        Files.writeString(dir.resolve("0001_add_c.sql"), "CREATE TABLE c (id int);");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_init"), JournalFiles.entry(1, 3000, "0001_add_c")));
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));
        strata.migrate(MigrateOptions.defaults(), e -> { });
        Files.writeString(dir.resolve("0001_add_b.sql"), "CREATE TABLE b (id int);");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_init"), JournalFiles.entry(1, 2000, "0001_add_b"),
                JournalFiles.entry(1, 3000, "0001_add_c")));

        assertThatThrownBy(() -> strata.rebase(false)).isInstanceOf(StrataException.Conflict.class)
                .hasMessageContaining("0001_add_c");
        assertThat(dir.resolve("0001_add_c.sql")).as("nothing renamed").exists();
    }

    @Test
    void aJournalStillInConflictIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("meta/_journal.json"), "{\"entries\": [\n<<<<<<< HEAD\n]}");
        assertThatThrownBy(() -> new Strata(StrataConfig.of(null, dir)).rebase(false))
                .isInstanceOf(StrataException.Input.class).hasMessageContaining("resolve the merge conflict");
    }
}
