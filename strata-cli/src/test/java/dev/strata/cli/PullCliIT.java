package dev.strata.cli;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata pull}, {@code baseline} and {@code check}'s drift from the command line, with their exit codes. */
@ExtendWith(PostgresExtension.class)
class PullCliIT {
    @TempDir
    Path dir;

    @Test
    void pullThenBaselineThenCheckIsCleanAndDriftFailsTheCheck(TestDatabase db) {
        db.execute("CREATE TYPE mood AS ENUM ('ok', 'meh'); CREATE TABLE notes (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " body text NOT NULL, mood mood DEFAULT 'ok')");
        String url = db.url().libpqUrl();
        CliRun pull = CliRun.run(dir, "pull", "--url", url, "--dir", "migrations");
        assertThat(pull.exitCode()).isZero();
        assertThat(pull.out()).contains("Read 1 tables", "wrote migrations/0000_baseline.sql", "strata baseline --to 0000_baseline");

        CliRun again = CliRun.run(dir, "pull", "--url", url, "--dir", "migrations");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already has 0000_baseline.sql");

        CliRun baseline = CliRun.run(dir, "baseline", "--to", "0000_baseline", "--url", url, "--dir", "migrations");
        assertThat(baseline.exitCode()).isZero();
        assertThat(baseline.out()).contains("Recorded as applied without running (1):", "0000_baseline");
        assertThat(CliRun.run(dir, "check", "--url", url, "--dir", "migrations").exitCode()).isZero();

        db.execute("ALTER TABLE notes ADD COLUMN archived boolean");
        CliRun check = CliRun.run(dir, "check", "--url", url, "--dir", "migrations");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("column public.notes.archived: only in the database");
        assertThat(CliRun.run(dir, "check", "--no-drift", "--url", url, "--dir", "migrations").exitCode()).isZero();
    }
}
