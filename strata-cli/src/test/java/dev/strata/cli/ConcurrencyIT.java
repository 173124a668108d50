package dev.strata.cli;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Separate processes at once and a process killed mid-run: each migration applied exactly once. */
@ExtendWith(PostgresExtension.class)
class ConcurrencyIT {
    private static final int MIGRATIONS = 30;

    @TempDir
    Path dir;

    @Test
    void eightConcurrentProcessesApplyEachMigrationExactlyOnceAndAllExitZero(TestDatabase db) throws Exception {
        Path folder = folder(0.0);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(StrataProcess.start(dir, dir.resolve("p" + i + ".log"), "migrate", "--dir", folder.toString(),
                    "--url", db.url().libpqUrl()));
        }
        for (int i = 0; i < processes.size(); i++) {
            assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(processes.get(i).exitValue()).as(Files.readString(dir.resolve("p" + i + ".log"))).isZero();
        }
        assertEachAppliedOnce(db);
    }

    @Test
    void killMinus9MidRunThenARerunLeavesNoDuplicateOrMissingHistory(TestDatabase db) throws Exception {
        Path folder = folder(0.05);
        Process victim = StrataProcess.start(dir, dir.resolve("victim.log"), "migrate", "--dir", folder.toString(),
                "--url", db.url().libpqUrl());
        waitUntilSomeApplied(db);
        victim.destroyForcibly();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int before = Integer.parseInt(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations"));
        assertThat(before).isBetween(1, MIGRATIONS - 1);

        Process rerun = StrataProcess.start(dir, dir.resolve("rerun.log"), "migrate", "--dir", folder.toString(),
                "--url", db.url().libpqUrl());
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(dir.resolve("rerun.log"))).isZero();
        assertEachAppliedOnce(db);
    }

    private void assertEachAppliedOnce(TestDatabase db) {
        assertThat(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations")).isEqualTo(String.valueOf(MIGRATIONS));
        assertThat(db.value("SELECT count(DISTINCT created_at) FROM drizzle.__drizzle_migrations")).isEqualTo(String.valueOf(MIGRATIONS));
        assertThat(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations_history WHERE status = 'applied'"))
                .isEqualTo(String.valueOf(MIGRATIONS));
        // Each migration inserts one row: a migration applied twice would show as a duplicate.
        assertThat(db.value("SELECT count(*) FROM ledger")).isEqualTo(String.valueOf(MIGRATIONS - 1));
        assertThat(db.value("SELECT count(DISTINCT n) FROM ledger")).isEqualTo(String.valueOf(MIGRATIONS - 1));
    }

    private static void waitUntilSomeApplied(TestDatabase db) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (Integer.parseInt(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations")) >= 3) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // tracking table not created yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the first process applied nothing within 60 s");
    }

    /** Migration 0 makes a table; every later one inserts its number (not idempotent: a double apply shows). */
    private Path folder(double sleepSeconds) throws IOException {
        Path folder = dir.resolve("migrations");
        Files.createDirectories(folder.resolve("meta"));
        StringBuilder journal = new StringBuilder("{\"version\":\"7\",\"dialect\":\"postgresql\",\"entries\":[");
        for (int i = 0; i < MIGRATIONS; i++) {
            String tag = String.format("%04d_step", i);
            String sql = i == 0 ? "CREATE TABLE ledger (n int NOT NULL);"
                    : "SELECT pg_sleep(" + sleepSeconds + ");\nINSERT INTO ledger VALUES (" + i + ");";
            Files.writeString(folder.resolve(tag + ".sql"), sql);
            journal.append(i == 0 ? "" : ",").append("{\"idx\":").append(i).append(",\"version\":\"7\",\"when\":")
                    .append(1000L * (i + 1)).append(",\"tag\":\"").append(tag).append("\",\"breakpoints\":true}");
        }
        Files.writeString(folder.resolve("meta/_journal.json"), journal.append("]}").toString());
        return folder;
    }
}
