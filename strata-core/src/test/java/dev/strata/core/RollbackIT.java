package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.MigrationState;
import dev.strata.core.apply.MigrationStatus;
import dev.strata.core.apply.RollbackOptions;
import dev.strata.core.apply.RollbackResult;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.JournalFiles;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code strata rollback}: down files newest first, tracking rows removed with them, refusals before anything runs. */
@ExtendWith(PostgresExtension.class)
class RollbackIT {

    private static Strata folder(TestDatabase db, Path dir) throws Exception {
        Files.writeString(dir.resolve("0000_users.sql"), "CREATE TABLE users (id int PRIMARY KEY);");
        Files.writeString(dir.resolve("0000_users.down.sql"), "DROP TABLE users;");
        Files.writeString(dir.resolve("0001_orders.sql"), "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id));");
        Files.writeString(dir.resolve("0001_orders.down.sql"), "DROP TABLE orders;");
        Files.writeString(dir.resolve("0002_notes.sql"), "ALTER TABLE users ADD COLUMN note text;");
        Files.writeString(dir.resolve("0002_notes.down.sql"), "ALTER TABLE users DROP COLUMN note;");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_users"), JournalFiles.entry(1, 2000, "0001_orders"),
                JournalFiles.entry(2, 3000, "0002_notes")));
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));
        strata.migrate(MigrateOptions.defaults(), e -> { });
        return strata;
    }

    private static List<MigrationState> states(Strata strata) {
        return strata.status().migrations().stream().map(MigrationStatus::state).toList();
    }

    @Test
    void undoesTheNewestAndMigrateAppliesThemAgain(TestDatabase db, @TempDir Path dir) throws Exception {
        Strata strata = folder(db, dir);
        RollbackResult result = strata.rollback(new RollbackOptions(2, null, false, false));
        assertThat(result.rolledBack()).containsExactly("0002_notes", "0001_orders");
        assertThat(db.value("SELECT to_regclass('orders') IS NULL AND NOT EXISTS (SELECT FROM information_schema.columns"
                + " WHERE table_name = 'users' AND column_name = 'note')")).isEqualTo("t");
        assertThat(states(strata)).containsExactly(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING);
        assertThat(db.rows("SELECT created_at FROM drizzle.__drizzle_migrations")).containsExactly("1000");
        assertThat(strata.migrate(MigrateOptions.defaults(), e -> { }).applied()).hasSize(2);
        assertThat(states(strata)).containsOnly(MigrationState.APPLIED);

        assertThat(strata.rollback(new RollbackOptions(1, "0000_users", false, false)).rolledBack())
                .containsExactly("0002_notes", "0001_orders");
    }

    @Test
    void aMissingOrIrreversibleDownFileStopsEverythingBeforeItStarts(TestDatabase db, @TempDir Path dir) throws Exception {
        Strata strata = folder(db, dir);
        Files.delete(dir.resolve("0001_orders.down.sql"));
        assertThatThrownBy(() -> strata.rollback(new RollbackOptions(2, null, false, false)))
                .isInstanceOf(StrataException.Input.class).hasMessageContaining("0001_orders has no down file");
        assertThat(states(strata)).as("0002 not rolled back either").containsOnly(MigrationState.APPLIED);

        Files.writeString(dir.resolve("0002_notes.down.sql"), "-- strata:irreversible the notes are gone\nALTER TABLE users DROP COLUMN note;");
        assertThatThrownBy(() -> strata.rollback(new RollbackOptions(1, null, false, false)))
                .hasMessageContaining("irreversible").hasMessageContaining("0002_notes");
        assertThat(strata.rollback(new RollbackOptions(1, null, false, true)).rolledBack()).containsExactly("0002_notes");
    }

    @Test
    void afterAFailedAttemptRollbackRefusesToUndoTheMigrationBeforeIt(TestDatabase db, @TempDir Path dir) throws Exception {
        Strata strata = folder(db, dir);
        Files.writeString(dir.resolve("0003_bad.sql"), "ALTER TABLE users ADD COLUMN x int;\n--> statement-breakpoint\nSELECT 1/0;");
        Files.writeString(dir.resolve("0003_bad.down.sql"), "ALTER TABLE users DROP COLUMN x;");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_users"), JournalFiles.entry(1, 2000, "0001_orders"),
                JournalFiles.entry(2, 3000, "0002_notes"), JournalFiles.entry(3, 4000, "0003_bad")));
        assertThatThrownBy(() -> strata.migrate(MigrateOptions.defaults(), e -> { })).isInstanceOf(StrataException.Database.class);

        assertThatThrownBy(() -> strata.rollback(new RollbackOptions(1, null, false, false)))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("the last attempt of 0003_bad failed").hasMessageContaining("was rolled back");
        assertThat(states(strata)).containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED,
                MigrationState.FAILED);
        assertThat(db.value("SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'note'"))
                .as("0002_notes not undone").isEqualTo("1");
    }

    @Test
    void dryRunPrintsTheDownSqlAndAFailingDownFileKeepsItsMigrationApplied(TestDatabase db, @TempDir Path dir) throws Exception {
        Strata strata = folder(db, dir);
        RollbackResult dry = strata.rollback(new RollbackOptions(1, null, true, false));
        assertThat(dry.dryRunSql()).isEqualTo("-- rollback 0002_notes (0002_notes.down.sql)\nALTER TABLE users DROP COLUMN note;\n");
        assertThat(states(strata)).containsOnly(MigrationState.APPLIED);

        Files.writeString(dir.resolve("0002_notes.down.sql"), "ALTER TABLE users DROP COLUMN nope;");
        assertThatThrownBy(() -> strata.rollback(new RollbackOptions(1, null, false, false)))
                .isInstanceOf(StrataException.Database.class).hasMessageContaining("0002_notes.down.sql");
        assertThat(states(strata)).containsOnly(MigrationState.APPLIED);
        assertThat(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations")).isEqualTo("3");
    }
}
