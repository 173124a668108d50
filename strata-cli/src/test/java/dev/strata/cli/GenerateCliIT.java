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

/** {@code strata generate} from the command line: the files it writes, what it prints, and every input error (exit 2). */
@ExtendWith(PostgresExtension.class)
class GenerateCliIT {
    /** A schema class with one table; {@code columns} are statements on the table builder {@code t}. */
    private static String schema(String className, String... columns) {
        return "import dev.strata.core.source.dsl.*;\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n"
                + "public final class " + className + " {\n"
                + "    public static final PgTable users = table(\"users\", t -> {\n"
                + "        t.serial(\"id\").primaryKey();\n"
                + Stream.of(columns).map(c -> "        " + c + "\n").reduce("", String::concat)
                + "    });\n"
                + "}\n";
    }

    private static final String EMAIL = "t.text(\"email\").notNull();";
    private static final String NICKNAME = "t.text(\"nickname\");";

    @TempDir
    Path dir;

    @Test
    void writesMigrationDownFileSnapshotAndJournalAndListsThem() {
        write("Shop.java", schema("Shop", EMAIL));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote migration 0000_init", "0000_init.sql", "0000_init.down.sql",
                "0000_snapshot.json", "_journal.json", "strata migrate");
        assertThat(dir.resolve("migrations")).isDirectoryContaining("glob:**/0000_init.sql")
                .isDirectoryContaining("glob:**/0000_init.down.sql");
        assertThat(dir.resolve("migrations/meta")).isDirectoryContaining("glob:**/0000_snapshot.json")
                .isDirectoryContaining("glob:**/_journal.json");
        assertThat(read("migrations/0000_init.sql")).contains("CREATE TABLE \"users\"", "\"email\" text NOT NULL");
        assertThat(read("migrations/0000_init.down.sql")).contains("DROP TABLE");
        assertThat(read("migrations/meta/_journal.json")).contains("\"tag\": \"0000_init\"");
    }

    @Test
    void aSqlSchemasFunctionAndTriggerAreWrittenWithItsTables(TestDatabase db) {
        write("schema.sql", """
                CREATE TABLE users (id serial PRIMARY KEY, updated_at timestamptz);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
                CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                """);

        CliRun run = CliRun.run(dir, "generate", "--schema", "schema.sql", "--url", db.url().libpqUrl(), "--name", "init");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read("migrations/0000_init.sql")).contains("CREATE OR REPLACE FUNCTION public.touch()",
                "CREATE TABLE \"users\"", "CREATE TRIGGER users_touch BEFORE UPDATE ON");
        assertThat(read("migrations/0000_init.down.sql")).contains("DROP TRIGGER \"users_touch\"", "DROP ROUTINE \"public\".\"touch\"()");
    }

    @Test
    void classesABuildCompiledGiveTheSameMigrationAsTheirSourcesAndAPackageNameFindsThem() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/app/db"));
        Files.writeString(src.resolve("Shop.java"), "package app.db;\n" + schema("Shop", EMAIL));
        Files.writeString(src.resolve("Names.java"), "package app.db;\npublic final class Names { public static final String X = \"x\"; }\n");
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        // what mvn compile does, with the JDK's own compiler
        int javac = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), src.resolve("Shop.java").toString(),
                src.resolve("Names.java").toString());
        assertThat(javac).isZero();

        CliRun fromClasses = CliRun.run(dir, "generate", "--schema-class", "app.db.*", "--dir", "from-classes", "--name", "init");
        CliRun fromSources = CliRun.run(dir, "generate", "--schema", "src", "--dir", "from-sources", "--name", "init");

        assertThat(fromClasses.exitCode()).as(fromClasses.err()).isZero();
        assertThat(fromSources.exitCode()).as(fromSources.err()).isZero();
        assertThat(read("from-classes/0000_init.sql")).contains("CREATE TABLE \"users\"", "\"email\" text NOT NULL")
                .isEqualTo(read("from-sources/0000_init.sql"));

        CliRun missing = CliRun.run(dir, "generate", "--schema-class", "app.nothing.*", "--dir", "from-classes");
        assertInputError(missing, "app.nothing");
    }

    @Test
    void withoutNameTheFirstMigrationIsInitAndLaterOnesAreNamedAfterWhatTheyChange() {
        write("Shop.java", schema("Shop", EMAIL));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java").exitCode()).isZero();
        write("Shop.java", schema("Shop", EMAIL, NICKNAME));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(migrationFiles()).containsExactly("0000_init.sql", "0001_add_users_nickname.sql");
    }

    @Test
    void secondRunWithTheSameSchemaWritesNothing() {
        write("Shop.java", schema("Shop", EMAIL));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init").exitCode()).isZero();
        List<String> before = allFiles();

        CliRun again = CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "again");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("No schema changes");
        assertThat(allFiles()).isEqualTo(before);
        JsonNode json = json(CliRun.run(dir, "generate", "--schema", "Shop.java", "--json"));
        assertThat(json.path("outcome").asText()).isEqualTo("no_changes");
    }

    @Test
    void jsonIsOneDocumentWithTagFilesAndStatements() {
        write("Shop.java", schema("Shop", EMAIL));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = json(run);
        assertThat(json.path("outcome").asText()).isEqualTo("written");
        assertThat(json.path("tag").asText()).isEqualTo("0000_init");
        assertThat(json.path("files")).hasSize(4);
        assertThat(json.path("statements").get(0).asText()).startsWith("CREATE TABLE \"users\"");
    }

    @Test
    void customWritesAnEmptyMigrationThatCarriesTheLastSnapshot() throws IOException {
        write("Shop.java", schema("Shop", EMAIL));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init").exitCode()).isZero();

        CliRun run = CliRun.run(dir, "generate", "--custom", "--name", "seed_users");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote migration 0001_seed_users");
        assertThat(read("migrations/0001_seed_users.sql")).startsWith("--").doesNotContain(";");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(dir.resolve("migrations/meta/0000_snapshot.json").toFile());
        JsonNode second = mapper.readTree(dir.resolve("migrations/meta/0001_snapshot.json").toFile());
        assertThat(second.path("tables")).isEqualTo(first.path("tables"));
        assertThat(second.path("prevId")).isEqualTo(first.path("id"));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java").out()).contains("No schema changes");
    }

    @Test
    void droppingAColumnWarnsAndMarksTheDownFileIrreversible() {
        write("Shop.java", schema("Shop", EMAIL, NICKNAME));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init").exitCode()).isZero();
        write("Shop.java", schema("Shop", EMAIL));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "drop_nickname");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("warning: ", "nickname", "down file: irreversible");
        assertThat(read("migrations/0001_drop_nickname.sql")).contains("DROP COLUMN \"nickname\"");
        assertThat(read("migrations/0001_drop_nickname.down.sql")).startsWith("-- strata:irreversible");
    }

    /** A schema with enum {@code mood} of {@code labels} (Java arguments) and a {@code users} table with {@code columns}. */
    private static String schemaWithMood(String labels, String... columns) {
        return schema("Shop", columns).replace("public final class Shop {\n",
                "public final class Shop {\n    public static final PgEnum mood = pgEnum(\"mood\", " + labels + ");\n");
    }

    @Test
    void migrationThatAddsAnEnumValueAndUsesItIsWrittenWithTheLintWarning() {
        write("Shop.java", schemaWithMood("\"ok\", \"sad\"", "t.enumColumn(\"mood\", mood).defaultValue(\"ok\");"));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init").exitCode()).isZero();
        write("Shop.java", schemaWithMood("\"ok\", \"sad\", \"meh\"", "t.enumColumn(\"mood\", mood).defaultValue(\"ok\");"));
        CliRun unused = CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "add_meh");
        assertThat(unused.exitCode()).as(unused.err()).isZero();
        assertThat(unused.out()).as("a value nobody uses yet").doesNotContain("add-enum-value-in-transaction");
        write("Shop.java", schemaWithMood("\"ok\", \"sad\", \"meh\", \"glad\"",
                "t.enumColumn(\"mood\", mood).defaultValue(\"glad\");"));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "default_glad");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read("migrations/0002_default_glad.sql")).isEqualTo("ALTER TYPE \"public\".\"mood\" ADD VALUE 'glad';"
                + "--> statement-breakpoint\nALTER TABLE \"users\" ALTER COLUMN \"mood\" SET DEFAULT 'glad';");
        assertThat(run.out()).contains("0002_default_glad.sql:2: warning add-enum-value-in-transaction: enum value 'glad' "
                + "added at line 1 is used in the same migration, which PostgreSQL rejects inside one transaction", "fix: move the statements that use the new value");
    }

    private static final String[] EMAIL_WITH_INDEX = {"var email = t.text(\"email\").notNull();",
            "t.index(\"users_email_idx\").on(email);"};

    @Test
    void prefixTimestampAndNoBreakpointsNameTheFilesAndJoinStatementsWithNewlines() throws IOException {
        write("Shop.java", schema("Shop", EMAIL_WITH_INDEX));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init", "--prefix", "timestamp",
                "--no-breakpoints");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(migrationFiles()).singleElement().asString().matches("\\d{14}_init\\.sql");
        String tag = migrationFiles().get(0).replace(".sql", "");
        assertThat(run.out()).contains("Wrote migration " + tag + " (2 statements)");
        assertThat(allFiles()).contains("meta/" + tag.substring(0, 14) + "_snapshot.json");
        assertThat(read("migrations/" + tag + ".sql")).doesNotContain("--> statement-breakpoint")
                .contains(");\n\nCREATE INDEX \"users_email_idx\"");
        JsonNode entry = new ObjectMapper().readTree(dir.resolve("migrations/meta/_journal.json").toFile()).path("entries").get(0);
        assertThat(entry.path("tag").asText()).isEqualTo(tag);
        assertThat(entry.path("breakpoints").asBoolean(true)).isFalse();
    }

    @Test
    void strataTomlGenerateSectionAppliesAndFlagsOverrideIt() throws IOException {
        write("strata.toml", "[schema]\nsource = \"Shop.java\"\n[generate]\nprefix = \"unix\"\nbreakpoints = false\n");
        write("Shop.java", schema("Shop", EMAIL_WITH_INDEX));

        CliRun fromFile = CliRun.run(dir, "generate", "--name", "init");

        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(migrationFiles()).singleElement().asString().matches("\\d{10}_init\\.sql");
        assertThat(read("migrations/" + migrationFiles().get(0))).doesNotContain("--> statement-breakpoint");

        write("Shop.java", schema("Shop", EMAIL_WITH_INDEX[0], EMAIL_WITH_INDEX[1], NICKNAME, "t.text(\"bio\");"));
        CliRun flagged = CliRun.run(dir, "generate", "--name", "more", "--breakpoints");

        assertThat(flagged.exitCode()).as(flagged.err()).isZero();
        String more = migrationFiles().stream().filter(f -> f.endsWith("_more.sql")).findFirst().orElseThrow();
        assertThat(more).matches("\\d{10}_more\\.sql");
        assertThat(read("migrations/" + more)).contains("--> statement-breakpoint");

        CliRun contradicting = CliRun.run(dir, "generate", "--custom", "--name", "seed", "--prefix", "index");
        assertInputError(contradicting, "prefix index", "unix", "--prefix unix");
    }

    @Test
    void prefixNoneIsRefusedSayingWhyAndWritesNothing() {
        write("Shop.java", schema("Shop", EMAIL));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--prefix", "none");

        assertInputError(run, "--prefix \"none\" is not supported", "meta/_snapshot.json", "fix: use index");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }

    @Test
    void prefixThatContradictsTheFolderIsRefusedNamingItsStyleAndWritesNothing() {
        write("Shop.java", schema("Shop", EMAIL));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init", "--prefix", "timestamp").exitCode()).isZero();
        List<String> before = allFiles();
        write("Shop.java", schema("Shop", EMAIL, NICKNAME));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--prefix", "index");

        assertInputError(run, "_journal.json", "prefix index was asked for", "timestamp (YYYYMMDDHHMMSS_...)",
                "fix: continue the folder's style: pass --prefix timestamp");
        assertThat(allFiles()).isEqualTo(before);
        CliRun following = CliRun.run(dir, "generate", "--schema", "Shop.java");
        assertThat(following.exitCode()).as(following.err()).isZero();
        assertThat(migrationFiles()).hasSize(2).allMatch(f -> f.matches("\\d{14}_.*"));
    }

    @Test
    void customFollowsThePrefixFlag() {
        CliRun run = CliRun.run(dir, "generate", "--custom", "--name", "seed", "--prefix", "supabase", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json(run).path("tag").asText()).matches("\\d{14}_seed");
    }

    @Test
    void helpDocumentsPrefixAndBreakpoints() {
        CliRun run = CliRun.run(dir, "generate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--[no-]breakpoints", "--prefix=STYLE", "timestamp", "unix", "Not none", "[generate]");
    }

    // ---- input errors: exit 2, a message that says where, nothing written ----------------------------------

    @Test
    void compilerErrorNamesFileAndLine() {
        write("Broken.java", schema("Broken", EMAIL, "t.text(\"nickname\")  // missing semicolon"));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Broken.java");

        assertInputError(run, "Broken.java:7");
    }

    @Test
    void foreignKeyToATableOutsideTheSchemaIsRefused() {
        write("Shop.java", "import dev.strata.core.source.dsl.*;\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n"
                + "public final class Shop {\n"
                + "    static final PgTable hidden = table(\"hidden\", t -> t.serial(\"id\").primaryKey());\n"
                + "    public static final PgTable users = table(\"users\", t -> {\n"
                + "        t.integer(\"hidden_id\").references(hidden.column(\"id\"));\n"
                + "    });\n"
                + "}\n");

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java");

        assertInputError(run, "Shop.java", "hidden", "not part of the schema");
    }

    @Test
    void twoTablesOfTheSameNameAreRefused() {
        write("Shop.java", "import dev.strata.core.source.dsl.*;\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n"
                + "public final class Shop {\n"
                + "    public static final PgTable users = table(\"users\", t -> t.serial(\"id\").primaryKey());\n"
                + "    public static final PgTable people = table(\"users\", t -> t.text(\"name\"));\n"
                + "}\n");

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java");

        assertInputError(run, "users", "declared twice");
    }

    @Test
    void unknownColumnTypeIsRefused() {
        write("Shop.java", schema("Shop", "t.column(\"score\", \"no_such_type\");"));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java");

        assertInputError(run, "Shop.java", "no_such_type");
    }

    @Test
    void withoutSchemaOrConfigItSaysHowToGiveOne() {
        CliRun run = CliRun.run(dir, "generate");

        assertInputError(run, "no schema source", "--schema");
    }

    @Test
    void missingSchemaFileIsNamed() {
        CliRun run = CliRun.run(dir, "generate", "--schema", "Nope.java");

        assertInputError(run, "Nope.java", "does not exist");
    }

    @Test
    void sqlSchemaWithAFailingStatementNamesFileAndLine(TestDatabase db) {
        write("schema.sql", "CREATE TABLE users (id int PRIMARY KEY);\n\nCREATE TABLE posts (author int REFERENCES nobody(id));\n");

        CliRun run = CliRun.run(dir, "generate", "--schema", "schema.sql", "--url", db.url().libpqUrl());

        assertInputError(run, "schema.sql:3", "nobody");
    }

    @Test
    void possibleRenameWithoutATerminalListsTheFlagsThatAnswerItAndWritesNothing() {
        write("Shop.java", schema("Shop", EMAIL, NICKNAME));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init").exitCode()).isZero();
        List<String> before = allFiles();
        write("Shop.java", schema("Shop", EMAIL, "t.text(\"handle\");"));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java");

        assertInputError(run, "--rename column:public.users.nickname=handle", "--new column:public.users.handle");
        assertThat(allFiles()).isEqualTo(before);

        CliRun answered = CliRun.run(dir, "generate", "--schema", "Shop.java", "--rename", "column:public.users.nickname=handle");
        assertThat(answered.exitCode()).as(answered.err()).isZero();
        assertThat(read("migrations/0001_rename_users_nickname_to_handle.sql")).contains("RENAME COLUMN \"nickname\" TO \"handle\"");
    }

    @Test
    void renameFlagWithoutItsKindIsRefused() {
        write("Shop.java", schema("Shop", EMAIL));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--rename", "public.users.nickname=handle");

        assertInputError(run, "--rename public.users.nickname=handle", "KIND:");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }

    @Test
    void renameFlagOfAnUnknownKindIsRefused() {
        write("Shop.java", schema("Shop", EMAIL));

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--rename", "index:public.users_idx=people_idx");

        assertInputError(run, "index public.users_idx=people_idx");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }

    @Test
    void renameAnswerNamingNothingIsAnInputErrorAndWritesNothing() {
        write("Shop.java", schema("Shop", EMAIL));
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init").exitCode()).isZero();

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--rename", "view:public.users=people");

        assertInputError(run, "rename answer for view public.users", "last snapshot");
        assertThat(migrationFiles()).containsExactly("0000_init.sql");
    }

    @Test
    void renameAnswersThatSwapTwoNamesAreRefusedWithTheWayOutAndWriteNothing() {
        String twoTables = schema("Shop", EMAIL).replace("public final class Shop {\n",
                "public final class Shop {\n    public static final PgTable people = table(\"people\", t -> t.text(\"name\"));\n");
        write("Shop.java", twoTables);
        assertThat(CliRun.run(dir, "generate", "--schema", "Shop.java", "--name", "init").exitCode()).isZero();

        CliRun run = CliRun.run(dir, "generate", "--schema", "Shop.java", "--rename", "table:public.users=people",
                "--rename", "table:public.people=users");

        assertInputError(run, "form a cycle", "temporary name");
        assertThat(run.err()).doesNotContain("last snapshot");
        assertThat(migrationFiles()).containsExactly("0000_init.sql");
    }

    private static void assertInputError(CliRun run, String... inMessage) {
        assertThat(run.exitCode()).as("exit code; out: %s; err: %s", run.out(), run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(inMessage).doesNotContain("internal error", "Exception");
    }

    private static JsonNode json(CliRun run) {
        try {
            return new ObjectMapper().readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("not one JSON document: " + run.out(), e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> migrationFiles() {
        return allFiles().stream().filter(f -> !f.contains("/") && f.endsWith(".sql") && !f.endsWith(".down.sql")).toList();
    }

    /** Every file under migrations/, relative, sorted. */
    private List<String> allFiles() {
        Path migrations = dir.resolve("migrations");
        if (!Files.isDirectory(migrations)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(migrations)) {
            return files.filter(Files::isRegularFile).map(f -> migrations.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
