package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class CliIT {
    @TempDir
    Path dir;

    @Test
    void migrateThenStatusShowsEveryMigrationApplied(TestDatabase db) throws IOException {
        Path folder = example();
        CliRun migrate = CliRun.run(dir, "migrate", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("Applied 5 migration(s)");
        assertThat(migrate.err()).contains("applied 0002_invoice_account_index (none,");

        CliRun status = CliRun.run(dir, "status", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("STATE").contains("applied  0000_init").contains("backfill_account_database_ownership")
                .contains("5 applied.");
    }

    @Test
    void statusJsonIsOneDocumentOnStdout(TestDatabase db) throws IOException {
        Path folder = example();
        CliRun status = CliRun.run(dir, "status", "--json", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        assertThat(status.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(status.out());
        assertThat(doc.path("migrations")).hasSize(5);
        assertThat(doc.path("migrations").get(0).path("state").asText()).isEqualTo("pending");
        assertThat(doc.path("counts").path("pending").asInt()).isEqualTo(5);
    }

    @Test
    void migrateJsonReportsAppliedMigrations(TestDatabase db) throws IOException {
        Path folder = example();
        CliRun run = CliRun.run(dir, "migrate", "--json", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("applied")).hasSize(5);
        assertThat(doc.path("applied").get(2).path("transactionMode").asText()).isEqualTo("none");
    }

    @Test
    void failedStatementIsReportedWithFileLineAndExitCode1(TestDatabase db) throws IOException {
        Path folder = example();
        Files.writeString(folder.resolve("zz_broken.sql"), "SELECT 1;\nSELECT * FROM no_such_table;\n");
        CliRun run = CliRun.run(dir, "migrate", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("zz_broken.sql:2: statement 2 of 2 failed (SQLSTATE 42P01)")
                .contains("SELECT * FROM no_such_table;").contains("fix: ").contains("state: ");
        CliRun json = CliRun.run(dir, "migrate", "--json", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.path("error").path("line").asInt()).isEqualTo(2);
        assertThat(doc.path("error").path("sqlState").asText()).isEqualTo("42P01");
    }

    @Test
    void brokenJournalIsExitCode2AndTouchesNothing(TestDatabase db) throws IOException {
        Path folder = example();
        Files.writeString(folder.resolve("meta/_journal.json"), "{ \"entries\": [ ");
        CliRun run = CliRun.run(dir, "migrate", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("_journal.json").contains("is not valid JSON").contains("fix:");
        assertThat(db.value("SELECT to_regnamespace('drizzle') IS NULL")).isEqualTo("t");
    }

    @Test
    void dryRunPrintsSqlOnly(TestDatabase db) throws IOException {
        Path folder = example();
        CliRun run = CliRun.run(dir, "migrate", "--dry-run", "--dir", folder.toString(), "--url", db.url().libpqUrl());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CREATE INDEX CONCURRENTLY").contains("-- runs outside a transaction");
        assertThat(db.value("SELECT to_regclass('public.accounts') IS NULL")).isEqualTo("t");
    }

    @Test
    void urlFromEnvironmentAndPasswordNeverPrinted(TestDatabase db) throws IOException {
        Path folder = example();
        CliRun run = CliRun.run(dir, Map.of("DATABASE_URL", "postgres://nobody:hunter2@127.0.0.1:1/x?connectTimeout=2"),
                "status", "--dir", folder.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out() + run.err()).doesNotContain("hunter2").contains("127.0.0.1:1");
    }

    @Test
    void unknownOptionIsExitCode2WithAHint() {
        CliRun run = CliRun.run(dir, "migrate", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate").contains("--help");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.run(dir, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("migrate").contains("status").contains("Exit codes:").contains("3  the database is unreachable");
    }

    @Test
    void everyCommandsHelpIsTheSameWhetherAskedOfItOrThroughHelp() {
        for (String command : List.of("generate", "migrate", "db", "studio")) {
            CliRun direct = CliRun.run(dir, command, "--help");
            CliRun viaHelp = CliRun.run(dir, "help", command);
            assertThat(direct.exitCode()).isZero();
            assertThat(direct.out()).startsWith("Usage: strata " + command).isEqualTo(viaHelp.out());
        }
    }

    @Test
    void aMistypedCommandIsRefusedWithTheCommandsNearIt() {
        CliRun run = CliRun.run(dir, "generat");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("generat").contains("generate");
    }

    private Path example() throws IOException {
        Path source = Path.of(System.getProperty("user.dir")).getParent().resolve("examples/shop/migrations");
        Path target = dir.resolve("migrations");
        try (var files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
