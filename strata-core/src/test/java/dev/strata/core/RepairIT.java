package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.MigrationState;
import dev.strata.core.apply.MigrationStatus;
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

/** {@code strata repair}: intentional edits accepted, failed attempts cleared, nothing else touched. */
@ExtendWith(PostgresExtension.class)
class RepairIT {

    private static List<MigrationState> states(Strata strata) {
        return strata.status().migrations().stream().map(MigrationStatus::state).toList();
    }

    @Test
    void acceptsAnEditAndClearsAFailureSoTheFixedMigrationApplies(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("0000_users.sql"), "CREATE TABLE users (id int PRIMARY KEY);");
        Files.writeString(dir.resolve("0001_bad.sql"), "CREATE TABLE orders (id int REFERENCES nope (id));");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_users"), JournalFiles.entry(1, 2000, "0001_bad")));
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));
        assertThatThrownBy(() -> strata.migrate(MigrateOptions.defaults(), e -> { })).isInstanceOf(StrataException.class);
        Files.writeString(dir.resolve("0000_users.sql"), "-- reviewed\nCREATE TABLE users (id int PRIMARY KEY);");
        assertThat(states(strata)).containsExactly(MigrationState.EDITED, MigrationState.FAILED);

        assertThat(strata.repair(true)).hasSize(2);
        assertThat(states(strata)).as("a dry run changes nothing").containsExactly(MigrationState.EDITED, MigrationState.FAILED);

        List<String> changes = strata.repair(false);
        assertThat(changes).satisfiesExactly(
                c -> assertThat(c).startsWith("0000_users: accepted the edited file"),
                c -> assertThat(c).startsWith("0001_bad: removed failed attempt"));
        assertThat(states(strata)).containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        assertThat(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations")).isEqualTo("1");

        Files.writeString(dir.resolve("0001_bad.sql"), "CREATE TABLE orders (id int REFERENCES users (id));");
        strata.migrate(MigrateOptions.defaults(), e -> { });
        assertThat(states(strata)).containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        assertThat(strata.repair(false)).isEmpty();
    }
}
