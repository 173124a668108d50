package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strata push} from the command line: the plan it prints, data loss refused without {@code --force}
 * (exit 1, nothing run), {@code --dry-run}, a schema PostgreSQL rejects (exit 2, live database untouched), and
 * enum values added first in a transaction of their own.
 */
@ExtendWith(PostgresExtension.class)
class PushCliIT {
    @TempDir
    Path dir;

    /** A schema class with table {@code notes}; {@code columns} are statements on the table builder {@code t}. */
    private void schema(String... columns) {
        schemaWithMood(null, columns);
    }

    /**
     * As {@link #schema(String...)}, with enum {@code mood} of {@code labels} (a Java argument list, e.g.
     * {@code "\"ok\", \"sad\""}) declared before the table when not {@code null}.
     */
    private void schemaWithMood(String labels, String... columns) {
        String text = "import dev.strata.core.source.dsl.*;\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n"
                + "public final class Notes {\n"
                + (labels == null ? "" : "    public static final PgEnum mood = pgEnum(\"mood\", " + labels + ");\n")
                + "    public static final PgTable notes = table(\"notes\", t -> {\n"
                + "        t.serial(\"id\").primaryKey();\n"
                + Stream.of(columns).map(c -> "        " + c + "\n").reduce("", String::concat)
                + "    });\n"
                + "}\n";
        try {
            Files.writeString(dir.resolve("Notes.java"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String BODY = "t.text(\"body\").notNull();";
    private static final String TAG = "t.text(\"tag\");";

    private CliRun push(TestDatabase db, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("push", "--schema", "Notes.java", "--url", db.url().libpqUrl()));
        args.addAll(List.of(flags));
        return CliRun.run(dir, args.toArray(String[]::new));
    }

    private static List<String> columns(TestDatabase db) {
        return db.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = 'notes' ORDER BY ordinal_position");
    }

    @Test
    void pushPrintsThePlanRunsItAndWritesNoMigration(TestDatabase db) {
        schema(BODY, TAG);

        CliRun run = push(db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CREATE TABLE \"notes\"", "Pushed");
        assertThat(columns(db)).containsExactly("id", "body", "tag");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }

    @Test
    void secondPushSaysTheDatabaseAlreadyMatches(TestDatabase db) {
        schema(BODY);
        assertThat(push(db).exitCode()).isZero();

        CliRun again = push(db);

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already matches").doesNotContain("CREATE", "ALTER");
    }

    @Test
    void dryRunPrintsThePlanAndRunsNothing(TestDatabase db) {
        schema(BODY);

        CliRun run = push(db, "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CREATE TABLE \"notes\"", "Dry run");
        assertThat(db.value("SELECT to_regclass('public.notes') IS NULL")).isEqualTo("t");
    }

    @Test
    void dataLossIsRefusedWithoutForceAndLeavesTheDatabaseAsItWas(TestDatabase db) {
        schema(BODY, TAG);
        assertThat(push(db).exitCode()).isZero();
        db.execute("INSERT INTO notes (body, tag) VALUES ('kept', 'important')");
        schema(BODY);

        CliRun refused = push(db);

        assertThat(refused.exitCode()).as(refused.out()).isEqualTo(1);
        assertThat(refused.out()).contains("DROP COLUMN \"tag\"", "warning: ", "Refused", "--force");
        assertThat(columns(db)).containsExactly("id", "body", "tag");
        assertThat(db.value("SELECT tag FROM notes")).isEqualTo("important");

        CliRun dryRun = push(db, "--dry-run");
        assertThat(dryRun.exitCode()).as("a dry run refuses the same way").isEqualTo(1);
        assertThat(columns(db)).containsExactly("id", "body", "tag");
    }

    @Test
    void forceAppliesAChangeThatLosesData(TestDatabase db) {
        schema(BODY, TAG);
        assertThat(push(db).exitCode()).isZero();
        schema(BODY);

        CliRun forced = push(db, "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("DROP COLUMN \"tag\"", "Pushed");
        assertThat(columns(db)).containsExactly("id", "body");
        assertThat(push(db).out()).contains("already matches");
    }

    @Test
    void jsonReportsOutcomeStatementsAndHazards(TestDatabase db) throws IOException {
        schema(BODY, TAG);
        assertThat(push(db).exitCode()).isZero();
        schema(BODY);

        CliRun run = push(db, "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("outcome").asText()).isEqualTo("refused");
        assertThat(json.path("statements").toString()).contains("DROP COLUMN");
        assertThat(json.path("hazards")).hasSize(1);
    }

    @Test
    void schemaPostgresRejectsIsReportedAndTheLiveDatabaseIsUntouched(TestDatabase db) {
        schema(BODY);
        assertThat(push(db).exitCode()).isZero();
        db.execute("INSERT INTO notes (body) VALUES ('kept')");
        schema(BODY, "t.integer(\"score\").defaultSql(\"no_such_function()\");");

        CliRun run = push(db, "--force");

        assertThat(run.exitCode()).as("out: %s; err: %s", run.out(), run.err()).isEqualTo(2);
        assertThat(run.err()).contains("no_such_function", "does not build").doesNotContain("internal error");
        assertThat(columns(db)).containsExactly("id", "body");
        assertThat(db.value("SELECT body FROM notes")).isEqualTo("kept");
    }

    @Test
    void possibleRenameWithoutATerminalListsTheFlagsAndRunsNothing(TestDatabase db) {
        schema(BODY, TAG);
        assertThat(push(db).exitCode()).isZero();
        schema(BODY, "t.text(\"label\");");

        CliRun run = push(db);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rename column:public.notes.tag=label", "--new column:public.notes.label");
        assertThat(columns(db)).containsExactly("id", "body", "tag");

        CliRun renamed = push(db, "--rename", "column:public.notes.tag=label");
        assertThat(renamed.exitCode()).as(renamed.err()).isZero();
        assertThat(columns(db)).containsExactly("id", "body", "label");
    }

    @Test
    void renameAnswerNamingNothingIsAnInputErrorAndRunsNothing(TestDatabase db) {
        schema(BODY, TAG);
        assertThat(push(db).exitCode()).isZero();
        schema(BODY, "t.text(\"label\");");

        CliRun run = push(db, "--rename", "column:public.notes.nope=label");

        assertThat(run.exitCode()).as("out: %s; err: %s", run.out(), run.err()).isEqualTo(2);
        assertThat(run.err()).contains("rename answer for column public.notes.nope", "as the database has it")
                .doesNotContain("internal error");
        assertThat(columns(db)).containsExactly("id", "body", "tag");
    }

    private static final String MOOD_GLAD = "t.enumColumn(\"mood\", mood).defaultValue(\"glad\");";

    @Test
    void enumValueAddedAndUsedIsAddedFirstInASeparateTransactionAndThePlanSaysSo(TestDatabase db) {
        schemaWithMood("\"ok\", \"sad\"", BODY, "t.enumColumn(\"mood\", mood).defaultValue(\"ok\");");
        assertThat(push(db).exitCode()).isZero();
        schemaWithMood("\"ok\", \"sad\", \"glad\"", BODY, MOOD_GLAD);

        CliRun dryRun = push(db, "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("-- enum values are added first, in a separate transaction",
                "Dry run: 2 statements would run (enum values added first in a separate transaction");
        assertThat(db.value("SELECT column_default FROM information_schema.columns WHERE column_name = 'mood'"))
                .isEqualTo("'ok'::mood");

        CliRun run = push(db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("-- enum values are added first, in a separate transaction",
                "-- then the rest, in one transaction",
                "Pushed 2 statements (enum values added first in a separate transaction");
        assertThat(out.indexOf("-- enum values")).isLessThan(out.indexOf("ADD VALUE 'glad'"));
        assertThat(out.indexOf("ADD VALUE 'glad'")).isLessThan(out.indexOf("-- then the rest"));
        assertThat(out.indexOf("-- then the rest")).isLessThan(out.indexOf("SET DEFAULT 'glad'"));
        assertThat(db.value("SELECT column_default FROM information_schema.columns WHERE column_name = 'mood'"))
                .isEqualTo("'glad'::mood");
    }

    @Test
    void pushWithoutEnumValuesPrintsNoTransactionNote(TestDatabase db) {
        schemaWithMood("\"ok\", \"sad\"", BODY);

        CliRun run = push(db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CREATE TYPE").doesNotContain("-- enum values", "separate transaction");
    }

    @Test
    void jsonListsTheEnumValuesThatRunFirst(TestDatabase db) throws IOException {
        schemaWithMood("\"ok\"", BODY, "t.enumColumn(\"mood\", mood);");
        assertThat(push(db).exitCode()).isZero();
        schemaWithMood("\"ok\", \"glad\"", BODY, MOOD_GLAD);

        CliRun run = push(db, "--json", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("enumValuesFirst")).hasSize(1);
        assertThat(json.path("enumValuesFirst").get(0).asText()).contains("ADD VALUE 'glad'");
        assertThat(json.path("statements")).hasSize(2);
        assertThat(json.path("statements").get(0).asText()).contains("ADD VALUE 'glad'");
    }

    @Test
    void failureAfterTheEnumValuesCommittedSaysTheyStayAndRollsBackTheRest(TestDatabase db) {
        schemaWithMood("\"ok\", \"sad\"", BODY, "t.enumColumn(\"mood\", mood).defaultValue(\"ok\");");
        assertThat(push(db).exitCode()).isZero();
        db.execute("INSERT INTO notes (body) VALUES ('same'), ('same')");
        schemaWithMood("\"ok\", \"sad\", \"glad\"", "t.text(\"body\").notNull().unique();", MOOD_GLAD, TAG);

        CliRun run = push(db);

        assertThat(run.exitCode()).as("out: %s; err: %s", run.out(), run.err()).isEqualTo(1);
        assertThat(run.err()).contains("error: statement 4 of 4 failed", "SQLSTATE 23505", "UNIQUE",
                "state: rolled back: nothing else was changed, but the enum values added and committed first stay",
                "ADD VALUE 'glad'").doesNotContain("internal error");
        assertThat(db.rows("SELECT enumlabel FROM pg_enum ORDER BY enumsortorder")).containsExactly("ok", "sad", "glad");
        assertThat(columns(db)).containsExactly("id", "body", "mood");
        assertThat(db.value("SELECT column_default FROM information_schema.columns WHERE column_name = 'mood'"))
                .isEqualTo("'ok'::mood");
    }
}
