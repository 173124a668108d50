package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.MigrationState;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.core.source.introspect.EverythingFixture;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;
import dev.strata.core.source.snapshot.SnapshotToModel;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code strata pull} then {@code baseline}: adopting Strata on a database built by hand. */
@ExtendWith(PostgresExtension.class)
class PullIT {

    private static void loadEverything(TestDatabase db) {
        db.execute(EverythingFixture.sql(EverythingFixture.major(db.url())));
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        }
    }

    @Test
    void baselineRecreatesTheSchemaAndBaselineAdoptsTheSource(TestDatabase db, @TempDir Path dir) throws Exception {
        loadEverything(db);
        Path folder = dir.resolve("migrations");
        PullResult pulled = new Strata(StrataConfig.of(db.url(), folder)).pull(new PullOptions(java.util.List.of(), java.util.List.of(), null));
        assertThat(pulled.tag()).isEqualTo("0000_baseline");
        assertThat(folder.resolve("0000_baseline.sql")).exists();
        assertThat(MigrationFolder.read(folder).migrations()).extracting(m -> m.name()).containsExactly("0000_baseline");
        Snapshot snapshot = SnapshotJson.read(folder.resolve("meta/0000_snapshot.json"));
        assertThat(snapshot.id()).isEqualTo(Snapshot.ORIGIN_ID);
        assertThat(snapshot.prevId()).isEmpty();
        assertThat(SnapshotToModel.schema(snapshot).tables()).hasSameSizeAs(pulled.schema().tables());

        TestDatabase empty = PostgresExtension.create(TestServer.url(), "pull_target");
        try {
            new Strata(StrataConfig.of(empty.url(), folder)).migrate(MigrateOptions.defaults(), e -> { });
            assertThat(read(empty).normalized()).isEqualTo(read(db).normalized());
        } finally {
            PostgresExtension.drop(TestServer.url(), empty);
        }

        Strata source = new Strata(StrataConfig.of(db.url(), folder));
        BaselineResult baseline = source.baseline("0000_baseline", false);
        assertThat(baseline.recorded()).containsExactly("0000_baseline");
        assertThat(baseline.differences()).isEmpty();
        assertThat(source.status().migrations()).singleElement().satisfies(m -> assertThat(m.state()).isEqualTo(MigrationState.APPLIED));
        assertThat(source.migrate(MigrateOptions.defaults(), e -> { }).applied()).isEmpty();
        assertThat(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations")).isEqualTo("1");
    }

    @Test
    void baselineRefusesADatabaseThatDriftedAndSaysHow(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL)");
        Path folder = dir.resolve("migrations");
        Strata strata = new Strata(StrataConfig.of(db.url(), folder));
        strata.pull(new PullOptions(java.util.List.of(), java.util.List.of(), "initial"));
        db.execute("ALTER TABLE users ADD COLUMN nickname text; CREATE INDEX users_email_idx ON users (email)");

        assertThatThrownBy(() -> strata.baseline("0000_initial", false))
                .isInstanceOf(StrataException.Conflict.class)
                .satisfies(e -> {
                    Problem p = ((StrataException) e).problem();
                    assertThat(p.code()).isEqualTo("baseline.drift");
                    assertThat(p.detail()).contains("column public.users.nickname: only in the database")
                            .contains("index public.users.users_email_idx: only in the database");
                });
        assertThat(db.value("SELECT to_regclass('drizzle.__drizzle_migrations') IS NULL"))
                .as("nothing recorded").isEqualTo("t");

        BaselineResult forced = strata.baseline("0000_initial", true);
        assertThat(forced.recorded()).containsExactly("0000_initial");
        assertThat(forced.differences()).hasSize(2);
    }

    @Test
    void pullRefusesAFolderThatHoldsMigrations(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("0000_existing.sql"), "SELECT 1;");
        assertThatThrownBy(() -> new Strata(StrataConfig.of(db.url(), dir)).pull(new PullOptions(java.util.List.of(), java.util.List.of(), null)))
                .isInstanceOf(StrataException.Input.class)
                .satisfies(e -> assertThat(((StrataException) e).problem().code()).isEqualTo("pull.folder-not-empty"))
                .hasMessageContaining("0000_existing.sql");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("meta", "0000_existing.sql");
        }
    }

    @Test
    void baselineOfAnUnknownTagNamesTheFix(TestDatabase db, @TempDir Path dir) {
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));
        strata.pull(new PullOptions(java.util.List.of(), java.util.List.of(), null));
        assertThatThrownBy(() -> strata.baseline("0007_nope", false))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("no journal migration named 0007_nope");
    }

    @Test
    void baselineRefusesADatabaseWhereALaterMigrationIsApplied(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("0000_a.sql"), "CREATE TABLE a (id int);");
        Files.writeString(dir.resolve("0001_b.sql"), "CREATE TABLE b (id int);");
        dev.strata.testing.JournalFiles.write(dir, java.util.List.of(dev.strata.testing.JournalFiles.entry(0, 1000, "0000_a"),
                dev.strata.testing.JournalFiles.entry(1, 2000, "0001_b")));
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));
        strata.migrate(MigrateOptions.defaults(), e -> { });
        assertThatThrownBy(() -> strata.baseline("0000_a", true))
                .isInstanceOf(StrataException.Conflict.class).hasMessageContaining("already applied: 0001_b");
    }

    @Test
    void pullRefusesANameThatIsNotSnakeCase() {
        assertThatThrownBy(() -> new PullOptions(java.util.List.of(), java.util.List.of(), "Initial Schema"))
                .isInstanceOf(StrataException.Input.class).hasMessageContaining("--name initial_schema");
    }
}
