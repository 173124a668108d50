package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.RollbackOptions;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code .sql} schema's extensions, domains, functions and triggers reach the generated migrations (they were left
 * out before, so such a migration failed on apply or silently lacked its triggers), with PostgreSQL as the judge;
 * a Java schema's generate and push leave them as they are.
 */
@ExtendWith(PostgresExtension.class)
class GenerateDatabaseObjectsIT {
    private static final String V1 = """
            CREATE EXTENSION IF NOT EXISTS citext;
            CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
            CREATE TABLE users (id serial PRIMARY KEY, name citext NOT NULL, mail email, updated_at timestamptz);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
            CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users $$;
            CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
            """;
    private static final String V2 = """
            CREATE EXTENSION IF NOT EXISTS citext;
            CREATE DOMAIN email AS text NOT NULL DEFAULT 'nobody@example.com' CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%');
            CREATE TABLE users (id serial PRIMARY KEY, name citext NOT NULL, mail email, updated_at timestamptz);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $$;
            CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
            """;

    @TempDir
    Path project;

    private Strata strata(TestDatabase db, String schemaSql) throws IOException {
        Path schema = project.resolve("schema.sql");
        Files.writeString(schema, schemaSql);
        return new Strata(StrataConfig.of(db.url(), project.resolve("migrations")).withSchemaSource(schema));
    }

    private static GenerateOptions fromSql(String name) {
        return new GenerateOptions(name, false, List.of(), null, true);
    }

    @Test
    void theyAreCreatedChangedAndRolledBackOnPostgres(TestDatabase db) throws IOException {
        Strata first = strata(db, V1);
        assertThat(first.generate(first.loadSchema(), fromSql("init")).outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        first.migrate(MigrateOptions.defaults(), e -> { });
        db.execute("INSERT INTO users (name, mail) VALUES ('Ada', 'ada@example.com')");
        db.execute("UPDATE users SET name = 'ADA'");

        assertThat(db.value("SELECT updated_at IS NOT NULL FROM users")).isEqualTo("t");
        assertThat(db.value("SELECT user_count()")).isEqualTo("1");
        assertThatThrownBy(() -> db.execute("INSERT INTO users (name, mail) VALUES ('Bob', 'nope')"))
                .hasMessageContaining("email_check");

        Strata second = strata(db, V2);
        GenerateResult changed = second.generate(second.loadSchema(), fromSql("objects"));
        String up = Files.readString(project.resolve("migrations/0001_objects.sql"));
        second.migrate(MigrateOptions.defaults(), e -> { });

        assertThat(changed.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        assertThat(up).contains("ALTER DOMAIN \"public\".\"email\" SET DEFAULT", "DROP ROUTINE \"public\".\"user_count\"()",
                "clock_timestamp()", "DROP TRIGGER \"users_touch\"").doesNotContain("CREATE DOMAIN", "DROP TABLE");
        assertThat(db.value("SELECT count(*) FROM pg_proc WHERE proname = 'user_count'")).isEqualTo("0");
        assertThat(db.value("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'users_touch'")).contains("INSERT OR UPDATE");
        assertThat(db.value("SELECT string_agg(conname, ',') FROM pg_constraint WHERE contypid = 'email'::regtype")).isEqualTo("email_has_at");
        assertThat(second.generate(second.loadSchema(), fromSql("again")).outcome()).isEqualTo(GenerateResult.Outcome.NO_CHANGES);

        second.rollback(new RollbackOptions(1, null, false, false));

        assertThat(db.value("SELECT user_count()")).isEqualTo("1");
        assertThat(db.value("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'users_touch'")).doesNotContain("INSERT");
        assertThat(db.value("SELECT string_agg(conname, ',') FROM pg_constraint WHERE contypid = 'email'::regtype")).isEqualTo("email_check");
        assertThat(db.value("SELECT typnotnull FROM pg_type WHERE typname = 'email'")).isEqualTo("f");
    }

    @Test
    void pushFromASqlSchemaCreatesThenChangesThem(TestDatabase db) throws IOException {
        Strata first = strata(db, V1);
        PushResult created = first.push(first.loadSchema(), new PushOptions(List.of(), false, false, true));
        Strata second = strata(db, V2);
        PushResult changed = second.push(second.loadSchema(), new PushOptions(List.of(), false, false, true));

        assertThat(created.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(changed.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(String.join("\n", changed.statements().rest())).contains("DROP ROUTINE", "ALTER DOMAIN")
                .doesNotContain("CREATE TABLE");
        assertThat(db.value("SELECT count(*) FROM pg_proc WHERE proname IN ('touch', 'user_count')")).isEqualTo("1");
        assertThat(db.value("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'users_touch'")).contains("INSERT OR UPDATE");
        assertThat(second.push(second.loadSchema(), new PushOptions(List.of(), false, false, true)).outcome())
                .isEqualTo(PushResult.Outcome.NO_CHANGES);
    }

    @Test
    void aJavaSchemaLeavesTheDatabasesFunctionsAndTriggersAlone(TestDatabase db) throws IOException {
        db.execute("CREATE TABLE users (id serial PRIMARY KEY, email text, updated_at timestamptz)");
        db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$");
        db.execute("CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()");
        Strata strata = new Strata(StrataConfig.of(db.url(), project.resolve("migrations")));

        PushResult pushed = strata.push(UsersSchema.load(project, "t.text(\"email\");", "t.timestamptz(\"updated_at\");",
                "t.text(\"name\");"), new PushOptions(List.of(), false, false));

        assertThat(pushed.outcome()).isEqualTo(PushResult.Outcome.APPLIED);
        assertThat(pushed.statements().rest()).singleElement().asString().contains("ADD COLUMN \"name\"");
        assertThat(db.value("SELECT count(*) FROM pg_trigger WHERE tgname = 'users_touch'")).isEqualTo("1");
        assertThat(db.value("SELECT count(*) FROM pg_proc WHERE proname = 'touch'")).isEqualTo("1");
    }
}
