package dev.strata.core.apply;

import dev.strata.core.ExitCode;
import dev.strata.core.Strata;
import dev.strata.core.StrataException;
import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class MigrateIT {
    @TempDir
    Path dir;

    private final List<ApplyEvent> events = new ArrayList<>();

    @Test
    void appliesJournalAndManualMigrationsAndRecordsBothTables(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir)
                .journal("0000_init", "CREATE TABLE a (id int);--> statement-breakpoint\nCREATE TABLE b (id int);")
                .journal("0001_more", "ALTER TABLE a ADD COLUMN name text;")
                .manual("backfill.sql", "INSERT INTO a VALUES (1, 'x');");

        MigrateResult result = migrate(db, MigrateOptions.defaults());

        assertThat(result.applied()).extracting(AppliedMigration::name).containsExactly("0000_init", "0001_more", "backfill");
        assertThat(db.rows("SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id")).containsExactly("1000", "2000");
        assertThat(db.rows("SELECT name, kind, status, transaction_mode FROM drizzle.__drizzle_migrations_history ORDER BY id"))
                .containsExactly("0000_init\tjournal\tapplied\ttransaction", "0001_more\tjournal\tapplied\ttransaction",
                        "backfill\tmanual\tapplied\ttransaction");
        assertThat(db.value("SELECT count(*) FROM a")).isEqualTo("1");
        assertThat(f.dir()).exists();
    }

    @Test
    void secondRunAppliesNothingAndManualMigrationsRunOnce(TestDatabase db) {
        new FolderFixture(dir).journal("0000_init", "CREATE TABLE a (id int);").manual("seed.sql", "INSERT INTO a VALUES (1);");
        migrate(db, MigrateOptions.defaults());

        MigrateResult again = migrate(db, MigrateOptions.defaults());

        assertThat(again.applied()).isEmpty();
        assertThat(again.alreadyApplied()).isEqualTo(2);
        assertThat(db.value("SELECT count(*) FROM a")).isEqualTo("1");
    }

    @Test
    void failingStatementNamesFileLineSqlstateAndKeepsEarlierMigrations(TestDatabase db) {
        new FolderFixture(dir)
                .journal("0000_ok", "CREATE TABLE a (id int);")
                .journal("0001_bad", "CREATE TABLE b (id int);\n\nINSERT INTO b VALUES (1);\nINSERT INTO nope VALUES (1);\n");

        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILED);
                    assertThat(e.problem().file()).isEqualTo(dir.resolve("0001_bad.sql"));
                    assertThat(e.problem().line()).isEqualTo(4);
                    assertThat(e.problem().statement()).isEqualTo("INSERT INTO nope VALUES (1);");
                    assertThat(e.problem().sqlState()).isEqualTo("42P01");
                    assertThat(e.problem().message()).isEqualTo("statement 3 of 3 failed");
                    assertThat(e.problem().detail()).contains("relation \"nope\" does not exist");
                    assertThat(e.problem().state()).contains("0001_bad rolled back");
                });
        assertThat(db.rows("SELECT created_at FROM drizzle.__drizzle_migrations")).containsExactly("1000");
        assertThat(db.value("SELECT to_regclass('public.b') IS NULL")).isEqualTo("t");
        assertThat(new Strata(config(db)).status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.FAILED);
    }

    @Test
    void concurrentlyIndexRunsOutsideATransactionAndIsRecordedAsSuch(TestDatabase db) {
        new FolderFixture(dir)
                .journal("0000_t", "CREATE TABLE t (id int);")
                .journal("0001_idx", "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);");

        migrate(db, MigrateOptions.defaults());

        assertThat(db.value("SELECT transaction_mode FROM drizzle.__drizzle_migrations_history WHERE name = '0001_idx'")).isEqualTo("none");
        assertThat(db.value("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id_idx'::regclass")).isEqualTo("t");
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ApplyEvent.Warning.class,
                w -> assertThat(w.message()).contains("0001_idx runs outside a transaction")));
    }

    @Test
    void enumValueAddedAndUsedInOneFileRunsWithoutTransaction(TestDatabase db) {
        new FolderFixture(dir)
                .journal("0000_enum", "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE p (m mood);")
                .journal("0001_add", "ALTER TYPE mood ADD VALUE 'great';\nINSERT INTO p VALUES ('great');");

        migrate(db, MigrateOptions.defaults());

        assertThat(db.value("SELECT m FROM p")).isEqualTo("great");
        assertThat(db.value("SELECT transaction_mode FROM drizzle.__drizzle_migrations_history WHERE name = '0001_add'")).isEqualTo("none");
    }

    @Test
    void singleTransactionCommitsBeforeAMigrationThatUsesANewEnumValue(TestDatabase db) {
        new FolderFixture(dir)
                .journal("0000_enum", "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE p (m mood);")
                .journal("0001_add", "ALTER TYPE mood ADD VALUE 'great';")
                .journal("0002_use", "ALTER TABLE p ALTER COLUMN m SET DEFAULT 'great';");

        MigrateResult r = migrate(db, new MigrateOptions(false, null, true, false, false, null));

        assertThat(r.applied()).extracting(AppliedMigration::mode).containsOnly(TransactionMode.BATCH);
        assertThat(db.rows("SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id")).containsExactly("1000", "2000", "3000");
    }

    @Test
    void singleTransactionFailureRollsBackTheWholeBatch(TestDatabase db) {
        new FolderFixture(dir)
                .journal("0000_a", "CREATE TABLE a (id int);")
                .journal("0001_b", "SELECT 1/0;");

        assertThatThrownBy(() -> migrate(db, new MigrateOptions(false, null, true, false, false, null)))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().sqlState()).isEqualTo("22012");
                    assertThat(e.problem().state()).contains("whole --single-transaction batch");
                });
        assertThat(db.value("SELECT count(*) FROM drizzle.__drizzle_migrations")).isEqualTo("0");
        assertThat(db.value("SELECT to_regclass('public.a') IS NULL")).isEqualTo("t");
    }

    @Test
    void editedMigrationStopsTheRunUntilAllowed(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);");
        migrate(db, MigrateOptions.defaults());
        f.write("0000_a.sql", "CREATE TABLE a (id bigint);");
        f.journal("0001_b", "CREATE TABLE b (id int);");

        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILED);
                    assertThat(e.problem().code()).isEqualTo("migrate.edited");
                    assertThat(e.problem().detail()).contains("0000_a");
                    assertThat(e.problem().fix()).contains("--allow-edited");
                });
        assertThat(db.value("SELECT to_regclass('public.b') IS NULL")).isEqualTo("t");

        MigrateResult allowed = migrate(db, new MigrateOptions(false, null, false, true, false, null));
        assertThat(allowed.applied()).extracting(AppliedMigration::name).containsExactly("0001_b");
    }

    @Test
    void lineEndingOnlyChangeIsNotAnEdit(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
        migrate(db, MigrateOptions.defaults());
        f.write("0000_a.sql", "CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n");

        MigrationStatus s = new Strata(config(db)).status().migrations().get(0);

        assertThat(s.state()).isEqualTo(MigrationState.APPLIED);
        assertThat(s.note()).contains("line endings");
    }

    @Test
    void dryRunPrintsTheSqlAndChangesNothing(TestDatabase db) {
        new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);").manual("x.sql", "SELECT 1");

        MigrateResult r = migrate(db, new MigrateOptions(true, null, false, false, false, null));

        assertThat(r.dryRunSql()).contains("CREATE TABLE IF NOT EXISTS \"drizzle\".\"__drizzle_migrations\"")
                .contains("BEGIN;\nCREATE TABLE a (id int);\nINSERT INTO \"drizzle\".\"__drizzle_migrations\"")
                .contains("SELECT 1;\n");
        assertThat(db.value("SELECT to_regclass('drizzle.__drizzle_migrations') IS NULL")).isEqualTo("t");
        assertThat(db.value("SELECT to_regclass('public.a') IS NULL")).isEqualTo("t");
    }

    @Test
    void toStopsAfterTheNamedMigration(TestDatabase db) {
        new FolderFixture(dir).journal("0000_a", "SELECT 1;").journal("0001_b", "SELECT 1;").journal("0002_c", "SELECT 1;");

        MigrateResult r = migrate(db, new MigrateOptions(false, "0001_b", false, false, false, null));

        assertThat(r.applied()).extracting(AppliedMigration::name).containsExactly("0000_a", "0001_b");
    }

    @Test
    void unknownToTargetIsBadInput(TestDatabase db) {
        new FolderFixture(dir).journal("0000_a", "SELECT 1;");
        assertThatThrownBy(() -> migrate(db, new MigrateOptions(false, "0009_nope", false, false, false, null)))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
    }

    @Test
    void interruptedNonTransactionalMigrationResumesAtTheFailedStatement(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir).journal("0000_t", "CREATE TABLE t (id int);")
                .journal("0001_idx", "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\nINSERT INTO missing VALUES (1);\nCREATE TABLE after (id int);");

        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().state())
                        .contains("statements 1-1 of 0001_idx were committed").contains("resumes at statement 2"));
        assertThat(new Strata(config(db)).status().migrations().get(1).note()).contains("after 1 of 3 statements");

        f.write("0001_idx.sql", "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\nCREATE TABLE missing (id int);\nCREATE TABLE after (id int);");
        MigrateResult r = migrate(db, MigrateOptions.defaults());

        assertThat(r.applied()).singleElement().satisfies(a -> assertThat(a.statements()).isEqualTo(2));
        assertThat(db.rows("SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id")).containsExactly("1000", "2000");
    }

    @Test
    void resumeRefusesWhenCommittedStatementsChanged(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir).journal("0000_t", "CREATE TABLE t (id int);")
                .journal("0001_idx", "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\nSELECT 1/0;");
        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults())).isInstanceOf(StrataException.Database.class);
        f.write("0001_idx.sql", "CREATE INDEX CONCURRENTLY t_other_idx ON t (id);\nSELECT 1;");

        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.Conflict.class, e -> assertThat(e.problem().code()).isEqualTo("migration.partial-edited"));
    }

    @Test
    void migrationFromAMergedBranchWithAnOlderWhenIsAppliedNotSkipped(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir).journal("0000_a", 1000, "CREATE TABLE a (id int);")
                .journal("0001_c", 3000, "CREATE TABLE c (id int);");
        migrate(db, MigrateOptions.defaults());
        new FolderFixture(dir.resolve("merged")).journal("0000_a", 1000, "CREATE TABLE a (id int);")
                .journal("0001_b", 2000, "CREATE TABLE b (id int);")
                .journal("0002_c", 3000, "CREATE TABLE c (id int);");
        assertThat(f.dir()).exists();

        MigrateResult r = new Strata(StrataConfig.of(db.url(), dir.resolve("merged"))).migrate(MigrateOptions.defaults(), events::add);

        assertThat(r.applied()).extracting(AppliedMigration::name).containsExactly("0001_b");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("migrate.out-of-order"));
    }

    @Test
    void emptyPendingMigrationIsRejectedBeforeAnythingRuns(TestDatabase db) {
        new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);").journal("0001_empty", "-- Custom SQL migration file, put your code below! --");

        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.problem().code()).isEqualTo("migration.empty");
                    assertThat(e.problem().file()).isEqualTo(dir.resolve("0001_empty.sql"));
                });
        assertThat(db.value("SELECT to_regclass('public.a') IS NULL")).isEqualTo("t");
    }

    @Test
    void migrationsInTheDatabaseButNotInTheFolderStopTheRun(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);").manual("m.sql", "SELECT 1;");
        migrate(db, MigrateOptions.defaults());
        f.write("meta/_journal.json", "{\"version\":\"7\",\"dialect\":\"postgresql\",\"entries\":[]}");
        java.io.File gone = dir.resolve("0000_a.sql").toFile();
        assertThat(gone.delete()).isTrue();

        StatusReport report = new Strata(config(db)).status();
        assertThat(report.in(MigrationState.MISSING)).extracting(MigrationStatus::name).containsExactly("0000_a");
        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.Conflict.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("migrate.missing");
                    assertThat(e.problem().fix()).contains("--allow-missing");
                });
    }

    @Test
    void customTrackingTableAndSchemaAreUsed(TestDatabase db) {
        new FolderFixture(dir).journal("0000_a", "SELECT 1;");
        new Strata(config(db).withTracking("ops", "my_log")).migrate(MigrateOptions.defaults(), events::add);
        assertThat(db.value("SELECT count(*) FROM ops.my_log")).isEqualTo("1");
        assertThat(db.value("SELECT count(*) FROM ops.my_log_history")).isEqualTo("1");
        assertThat(db.value("SELECT to_regnamespace('drizzle') IS NULL")).isEqualTo("t");
    }

    @Test
    void unreachableDatabaseIsExitCode3AndHidesThePassword() {
        new FolderFixture(dir).journal("0000_a", "SELECT 1;");
        DatabaseUrl nowhere = DatabaseUrl.parse("postgres://u:hunter2@127.0.0.1:1/db?connectTimeout=2");
        assertThatThrownBy(() -> new Strata(StrataConfig.of(nowhere, dir)).migrate(MigrateOptions.defaults(), events::add))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
                    assertThat(e.getMessage()).doesNotContain("hunter2").contains("127.0.0.1:1");
                });
    }

    @Test
    void anotherRunHoldingTheLockMakesThisOneWaitThenGiveUpWithExitCode3(TestDatabase db) throws Exception {
        new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);");
        long key = new TrackingTable("drizzle", "__drizzle_migrations").lockKey();
        try (java.sql.Connection holder = db.connect(); java.sql.Statement s = holder.createStatement()) {
            s.execute("SET application_name = 'other-strata'");
            s.execute("SELECT pg_advisory_lock(" + key + ")");

            assertThatThrownBy(() -> migrate(db, new MigrateOptions(false, null, false, false, false, java.time.Duration.ofSeconds(1))))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
                        assertThat(e.problem().code()).isEqualTo("lock.timeout");
                        assertThat(e.problem().message()).contains("other-strata");
                    });
            assertThat(events).anySatisfy(ev -> assertThat(ev).isInstanceOf(ApplyEvent.LockWaiting.class));
        }
        assertThat(db.value("SELECT to_regclass('public.a') IS NULL")).isEqualTo("t");
        assertThat(migrate(db, MigrateOptions.defaults()).applied()).hasSize(1);
    }

    @Test
    void failureToRecordTheMigrationIsReportedAsSuchAndRollsItBack(TestDatabase db) {
        new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);")
                .journal("0001_sabotage", "CREATE TABLE b (id int);\nALTER TABLE drizzle.__drizzle_migrations_history RENAME TO gone;");

        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("tracking.record-failed");
                    assertThat(e.problem().message()).contains("0001_sabotage");
                    assertThat(e.problem().detail()).contains("__drizzle_migrations_history");
                });
        assertThat(db.value("SELECT to_regclass('public.b') IS NULL")).isEqualTo("t");
        assertThat(db.rows("SELECT created_at FROM drizzle.__drizzle_migrations")).containsExactly("1000");
    }

    @Test
    void statementsWithQuestionMarksAndDollarTagsAreSentVerbatim(TestDatabase db) {
        new FolderFixture(dir).journal("0000_json", "CREATE TABLE j (doc jsonb);\nINSERT INTO j VALUES ('{\"a\": 1}');\n"
                + "CREATE TABLE hits AS SELECT count(*) AS n FROM j WHERE doc ? 'a' AND $s$x$s$ = 'x'");

        migrate(db, MigrateOptions.defaults());

        assertThat(db.value("SELECT n FROM hits")).isEqualTo("1");
    }

    @Test
    void unterminatedDollarBodyIsBadInputNamingItsLineAndNothingRuns(TestDatabase db) {
        new FolderFixture(dir).journal("0000_a", "CREATE TABLE a (id int);")
                .journal("0001_fn", "SELECT 1;\nCREATE FUNCTION f() RETURNS int AS $body$\n  SELECT 1;\n$bdy$ LANGUAGE sql;");

        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.problem().file()).isEqualTo(dir.resolve("0001_fn.sql"));
                    assertThat(e.problem().line()).isEqualTo(2);
                    assertThat(e.problem().message()).contains("$body$");
                });
        assertThat(db.value("SELECT to_regclass('public.a') IS NULL")).isEqualTo("t");
    }

    @Test
    void fileWithUtf8BomAppliesAndKeepsDrizzlesHash(TestDatabase db) {
        new FolderFixture(dir).journal("0000_bom", "\uFEFFCREATE TABLE bom (id int);");

        migrate(db, MigrateOptions.defaults());

        assertThat(db.value("SELECT to_regclass('public.bom') IS NOT NULL")).isEqualTo("t");
        assertThat(db.value("SELECT hash FROM drizzle.__drizzle_migrations"))
                .isEqualTo(dev.strata.core.folder.Hashes.sha256("\uFEFFCREATE TABLE bom (id int);"));
    }

    @Test
    void resumingAfterAProcessDiedMidStatementWarnsWhichStatementMayHaveCompleted(TestDatabase db) {
        FolderFixture f = new FolderFixture(dir).journal("0000_t", "CREATE TABLE t (id int);")
                .journal("0001_idx", "CREATE INDEX CONCURRENTLY t_a ON t (id);\nSELECT 1/0;\nCREATE TABLE z (id int);");
        assertThatThrownBy(() -> migrate(db, MigrateOptions.defaults())).isInstanceOf(StrataException.Database.class);
        // What a kill -9 during statement 2 leaves behind: the attempt still marked running.
        db.execute("UPDATE drizzle.__drizzle_migrations_history SET status = 'running', error = NULL WHERE name = '0001_idx'");
        f.write("0001_idx.sql", "CREATE INDEX CONCURRENTLY t_a ON t (id);\nSELECT 1;\nCREATE TABLE z (id int);");

        MigrateResult r = migrate(db, MigrateOptions.defaults());

        assertThat(r.applied()).extracting(AppliedMigration::name).containsExactly("0001_idx");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("migrate.interrupted");
            assertThat(w.message()).contains("statement 2 (line 2)");
        });
    }

    private MigrateResult migrate(TestDatabase db, MigrateOptions options) {
        return new Strata(config(db)).migrate(options, events::add);
    }

    private StrataConfig config(TestDatabase db) {
        return StrataConfig.of(db.url(), dir);
    }
}
