package dev.strata.core;

import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.FolderCheck;
import dev.strata.core.check.Severity;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;
import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code strata new}: numbered and manual migrations from templates, on drizzle-kit's folders. */
class NewMigrationTest {

    private static Path copyOf(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    private static Strata strata(Path dir) {
        return new Strata(StrataConfig.of(null, dir));
    }

    @Test
    void numberedMigrationContinuesADrizzleFolderWithJournalAndSnapshotChain(@TempDir Path tmp) throws IOException {
        Path dir = copyOf(Vectors.dir().resolve("basic/migrations"), tmp.resolve("m"));
        Snapshot last = SnapshotJson.read(dir.resolve("meta/0002_snapshot.json"));
        NewMigrationResult result = strata(dir).newMigration(
                new NewMigrationOptions("add_orders_index", NewMigrationOptions.Type.INDEX, "Orders by account", false));

        assertThat(result.name()).isEqualTo("0003_add_orders_index");
        String text = Files.readString(dir.resolve("0003_add_orders_index.sql"));
        assertThat(text).startsWith("-- Migration: 0003_add_orders_index\n-- Description: Orders by account\n")
                .contains("-- Tables Affected:", "-- Breaking Changes:", "-- Rollback:", "-- Dependencies: 0002_", "CONCURRENTLY");
        MigrationFolder folder = MigrationFolder.read(dir);
        assertThat(folder.journal().entries()).hasSize(4);
        assertThat(folder.journal().entries().get(3).idx()).isEqualTo(3);
        assertThat(folder.journal().entries().get(3).when()).isGreaterThan(folder.journal().entries().get(2).when());
        Snapshot copy = SnapshotJson.read(dir.resolve("meta/0003_snapshot.json"));
        assertThat(copy.prevId()).isEqualTo(last.id());
        assertThat(copy.id()).isNotEqualTo(last.id());
        assertThat(copy.withIds(last.id(), last.prevId())).isEqualTo(last);
        assertThat(FolderCheck.check(dir)).filteredOn(d -> d.severity() == Severity.ERROR).extracting(Diagnostic::message).isEmpty();
    }

    @Test
    void manualMigrationStaysOutOfTheJournal(@TempDir Path dir) throws IOException {
        NewMigrationResult result = strata(dir).newMigration(
                new NewMigrationOptions("backfill_owner", NewMigrationOptions.Type.DATA, null, true));
        assertThat(result.manual()).isTrue();
        assertThat(Files.readString(dir.resolve("backfill_owner.sql"))).contains("-- Description: backfill owner", "batches");
        assertThat(dir.resolve("meta/_journal.json")).doesNotExist();
        assertThat(MigrationFolder.read(dir).migrations()).extracting(m -> m.kind()).containsExactly(dev.strata.core.folder.Migration.Kind.MANUAL);
    }

    @Test
    void firstMigrationOfAnEmptyFolderIsNumberedZero(@TempDir Path dir) {
        assertThat(strata(dir.resolve("fresh")).newMigration(
                new NewMigrationOptions("init", NewMigrationOptions.Type.TABLE, null, false)).name()).isEqualTo("0000_init");
        assertThat(MigrationFolder.read(dir.resolve("fresh")).migrations()).extracting(m -> m.name()).containsExactly("0000_init");
    }

    @Test
    void badNamesTypesAndExistingFilesAreRefusedWithoutWriting(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> new NewMigrationOptions("Add Orders", null, null, false))
                .hasMessageContaining("not snake_case").hasMessageContaining("--name add_orders_table");
        assertThatThrownBy(() -> NewMigrationOptions.Type.parse("view")).hasMessageContaining("table, column, index, data, other");
        Files.writeString(dir.resolve("fix_it.sql"), "SELECT 1;");
        assertThatThrownBy(() -> strata(dir).newMigration(new NewMigrationOptions("fix_it", null, null, true)))
                .isInstanceOf(StrataException.Input.class).hasMessageContaining("already exists");
        assertThat(Files.readString(dir.resolve("fix_it.sql"))).isEqualTo("SELECT 1;");
    }
}
