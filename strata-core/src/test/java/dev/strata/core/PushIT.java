package dev.strata.core;

import dev.strata.core.config.StrataConfig;
import dev.strata.core.model.Schema;
import dev.strata.core.source.dsl.JavaSchemaSource;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code Strata.push} against a real PostgreSQL when the plan adds enum values: PostgreSQL refuses to use a value
 * added by {@code ALTER TYPE ... ADD VALUE} in the transaction that added it (SQLSTATE 55P04, "unsafe use of new
 * value"), so push commits the additions first and runs the rest in a second transaction.
 */
@ExtendWith(PostgresExtension.class)
class PushIT {
    /** The live database before each push: enum {@code status} without {@code archived}, and a table using it. */
    private static final String LIVE = """
            CREATE TYPE status AS ENUM ('draft', 'published');
            CREATE TABLE posts (id serial PRIMARY KEY, title text NOT NULL,
                                status status NOT NULL DEFAULT 'draft', state text);
            INSERT INTO posts (title, status) VALUES ('first', 'draft'), ('second', 'published');
            """;
    private static final String ENUM_WITH_ARCHIVED = "pgEnum(\"status\", \"draft\", \"published\", \"archived\")";
    private static final String TITLE = "t.text(\"title\").notNull();";
    private static final String STATE = "t.text(\"state\");";

    @TempDir
    Path project;

    /** A schema with enum {@code status} declared by {@code enumDsl} and table {@code posts} with {@code columns}. */
    private Schema desired(String enumDsl, String... columns) {
        String text = "import dev.strata.core.source.dsl.*;\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n"
                + "public final class Posts {\n"
                + "    public static final PgEnum status = " + enumDsl + ";\n"
                + "    public static final PgTable posts = table(\"posts\", t -> {\n"
                + "        t.serial(\"id\").primaryKey();\n"
                + Stream.of(columns).map(c -> "        " + c + "\n").reduce("", String::concat)
                + "    });\n"
                + "}\n";
        try {
            Path file = project.resolve("Posts.java");
            Files.writeString(file, text);
            return JavaSchemaSource.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Strata strata(TestDatabase db) {
        return new Strata(StrataConfig.of(db.url(), project.resolve("migrations")));
    }

    private static PushResult push(Strata strata, Schema desired, String... renames) {
        return strata.push(desired, new PushOptions(List.of(renames), true, false));
    }

    private static List<String> labels(TestDatabase db, String type) {
        return db.rows("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                + "WHERE t.typname = '" + type + "' ORDER BY e.enumsortorder");
    }

    private static String statusDefault(TestDatabase db) {
        return db.value("SELECT column_default FROM information_schema.columns "
                + "WHERE table_name = 'posts' AND column_name = 'status'");
    }

    private void assertValuesWentFirstAndTheDatabaseMatches(Strata strata, Schema desired, PushResult result) {
        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(result.statements().enumValues()).singleElement().asString().contains("ADD VALUE 'archived'");
        assertThat(result.statements().rest()).noneMatch(s -> s.contains("ADD VALUE"));
        assertThat(push(strata, desired).outcome()).as("a second push finds nothing").isEqualTo(PushResult.Outcome.NO_CHANGES);
    }

    @Test
    void addedEnumValueUsedAsAColumnDefaultIsCommittedBeforeTheDefaultIsSet(TestDatabase db) {
        db.execute(LIVE);
        Strata strata = strata(db);
        Schema desired = desired(ENUM_WITH_ARCHIVED, TITLE, STATE,
                "t.enumColumn(\"status\", status).defaultValue(\"archived\").notNull();");

        PushResult result = push(strata, desired);

        assertThat(labels(db, "status")).containsExactly("draft", "published", "archived");
        assertThat(statusDefault(db)).isEqualTo("'archived'::status");
        assertValuesWentFirstAndTheDatabaseMatches(strata, desired, result);
    }

    @Test
    void addedEnumValueUsedInACheckIsCommittedBeforeTheCheckIsAdded(TestDatabase db) {
        db.execute(LIVE);
        Strata strata = strata(db);
        Schema desired = desired(ENUM_WITH_ARCHIVED, TITLE, STATE,
                "var s = t.enumColumn(\"status\", status).defaultValue(\"draft\").notNull();",
                "t.check(\"posts_not_archived_untitled\", sql(s, \" <> 'archived' OR title <> ''\"));");

        PushResult result = push(strata, desired);

        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'posts_not_archived_untitled'"))
                .contains("'archived'::status");
        assertValuesWentFirstAndTheDatabaseMatches(strata, desired, result);
    }

    @Test
    void addedEnumValueUsedInAnIndexPredicateIsCommittedBeforeTheIndexIsCreated(TestDatabase db) {
        db.execute(LIVE);
        Strata strata = strata(db);
        Schema desired = desired(ENUM_WITH_ARCHIVED, TITLE, STATE,
                "var s = t.enumColumn(\"status\", status).defaultValue(\"draft\").notNull();",
                "t.index(\"posts_archived_idx\").on(s).where(sql(s, \" = 'archived'\"));");

        PushResult result = push(strata, desired);

        assertThat(db.value("SELECT indexdef FROM pg_indexes WHERE indexname = 'posts_archived_idx'"))
                .contains("WHERE (status = 'archived'::status)");
        assertValuesWentFirstAndTheDatabaseMatches(strata, desired, result);
    }

    @Test
    void addedEnumValueUsedByAColumnTypeChangeIsCommittedBeforeTheRowsAreConverted(TestDatabase db) {
        db.execute(LIVE);
        db.execute("UPDATE posts SET state = 'archived' WHERE title = 'first'");
        Strata strata = strata(db);
        Schema desired = desired(ENUM_WITH_ARCHIVED, TITLE, "t.enumColumn(\"state\", status);",
                "t.enumColumn(\"status\", status).defaultValue(\"draft\").notNull();");

        PushResult result = push(strata, desired);

        assertThat(db.value("SELECT state::text || ' ' || pg_typeof(state) FROM posts WHERE title = 'first'"))
                .isEqualTo("archived status");
        assertValuesWentFirstAndTheDatabaseMatches(strata, desired, result);
    }

    @Test
    void whenTheSecondTransactionFailsItIsRolledBackAndTheAddedValuesStay(TestDatabase db) {
        db.execute(LIVE);
        db.execute("INSERT INTO posts (title) VALUES ('first')");
        Strata strata = strata(db);
        Schema desired = desired(ENUM_WITH_ARCHIVED, "t.text(\"title\").notNull().unique();", STATE, "t.text(\"note\");",
                "t.enumColumn(\"status\", status).defaultValue(\"archived\").notNull();");

        StrataException.Database e = catchThrowableOfType(StrataException.Database.class, () -> push(strata, desired));

        Problem p = e.problem();
        assertThat(p.sqlState()).as(p.render()).isEqualTo("23505");
        assertThat(p.statement()).contains("UNIQUE");
        assertThat(p.message()).startsWith("statement 4 of 4 failed");
        assertThat(p.state()).contains("nothing else was changed", "enum values added and committed first stay",
                "ADD VALUE 'archived'", "next push will not add them again");
        assertThat(labels(db, "status")).as("committed by the first transaction")
                .containsExactly("draft", "published", "archived");
        assertThat(statusDefault(db)).as("rolled back").isEqualTo("'draft'::status");
        assertThat(db.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'posts' "
                + "ORDER BY ordinal_position")).containsExactly("id", "title", "status", "state");
        assertThat(db.value("SELECT count(*) FROM pg_constraint WHERE conrelid = 'posts'::regclass AND contype = 'u'"))
                .isEqualTo("0");

        db.execute("DELETE FROM posts WHERE id = (SELECT max(id) FROM posts)");
        PushResult again = push(strata, desired);
        assertThat(again.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(again.statements().enumValues()).as("the value is there already").isEmpty();
        assertThat(again.statements().all()).noneMatch(s -> s.contains("ADD VALUE"));
        assertThat(statusDefault(db)).isEqualTo("'archived'::status");
    }

    @Test
    void planWithoutEnumValuesRunsInOneTransaction(TestDatabase db) {
        db.execute(LIVE);
        Strata strata = strata(db);
        Schema desired = desired("pgEnum(\"status\", \"draft\", \"published\")", TITLE, STATE, "t.text(\"note\");",
                "t.enumColumn(\"status\", status).defaultValue(\"published\").notNull();");

        PushResult result = push(strata, desired);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(result.statements().addsEnumValuesFirst()).isFalse();
        assertThat(result.statements().enumValues()).isEmpty();
        assertThat(result.statements().rest()).hasSize(2);
        assertThat(statusDefault(db)).isEqualTo("'published'::status");
    }

    @Test
    void planThatOnlyAddsEnumValuesRunsInOneTransaction(TestDatabase db) {
        db.execute(LIVE);
        Strata strata = strata(db);
        Schema desired = desired(ENUM_WITH_ARCHIVED, TITLE, STATE,
                "t.enumColumn(\"status\", status).defaultValue(\"draft\").notNull();");

        PushResult result = push(strata, desired);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(result.statements().addsEnumValuesFirst()).isFalse();
        assertThat(result.statements().rest()).singleElement().asString().contains("ADD VALUE 'archived'");
        assertThat(labels(db, "status")).containsExactly("draft", "published", "archived");
    }

    @Test
    void dryRunShowsTheEnumValuesFirstAndRunsNothing(TestDatabase db) {
        db.execute(LIVE);
        Strata strata = strata(db);
        Schema desired = desired(ENUM_WITH_ARCHIVED, TITLE, STATE,
                "t.enumColumn(\"status\", status).defaultValue(\"archived\").notNull();");

        PushResult result = strata.push(desired, new PushOptions(List.of(), false, true));

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.PLANNED);
        assertThat(result.statements().enumValues()).singleElement().asString().contains("ADD VALUE 'archived'");
        assertThat(result.statements().rest()).singleElement().asString().contains("SET DEFAULT 'archived'");
        assertThat(labels(db, "status")).containsExactly("draft", "published");
        assertThat(statusDefault(db)).isEqualTo("'draft'::status");
    }

    @Test
    void valueAddedToARenamedEnumIsAddedUnderTheNameTheDatabaseHasBeforeTheRename(TestDatabase db) {
        db.execute(LIVE);
        Strata strata = strata(db);
        Schema desired = desired("pgEnum(\"post_status\", \"draft\", \"published\", \"archived\")", TITLE, STATE,
                "t.enumColumn(\"status\", status).defaultValue(\"archived\").notNull();");

        PushResult result = push(strata, desired, "enum public.status=post_status");

        assertThat(result.statements().enumValues()).containsExactly("ALTER TYPE \"public\".\"status\" ADD VALUE 'archived';");
        assertThat(result.statements().rest()).anyMatch(s -> s.contains("RENAME TO \"post_status\""));
        assertThat(labels(db, "post_status")).containsExactly("draft", "published", "archived");
        assertThat(statusDefault(db)).isEqualTo("'archived'::post_status");
        assertThat(push(strata, desired).outcome()).isEqualTo(PushResult.Outcome.NO_CHANGES);
    }

    /**
     * Removing a label re-creates the type (drizzle-kit's recipe) in the push's transaction; PostgreSQL lets a
     * transaction use the values of a type it created, so a new value used in the same push needs no split.
     */
    @Test
    void enumRecipeUsesItsNewValuesInOneTransaction(TestDatabase db) {
        db.execute(LIVE);
        db.execute("UPDATE posts SET status = 'draft'");
        Strata strata = strata(db);
        Schema desired = desired("pgEnum(\"status\", \"draft\", \"archived\")", TITLE, STATE,
                "var s = t.enumColumn(\"status\", status).defaultValue(\"archived\").notNull();",
                "t.index(\"posts_archived_idx\").on(s).where(sql(s, \" = 'archived'\"));");

        PushResult result = push(strata, desired);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(result.statements().addsEnumValuesFirst()).isFalse();
        assertThat(result.statements().rest()).anyMatch(s -> s.startsWith("DROP TYPE"));
        assertThat(labels(db, "status")).containsExactly("draft", "archived");
        assertThat(statusDefault(db)).isEqualTo("'archived'::status");
        assertThat(push(strata, desired).outcome()).isEqualTo(PushResult.Outcome.NO_CHANGES);
    }
}
