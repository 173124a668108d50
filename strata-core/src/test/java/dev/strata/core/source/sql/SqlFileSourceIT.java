package dev.strata.core.source.sql;

import dev.strata.core.StrataException;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class SqlFileSourceIT {
    @TempDir
    Path dir;

    @Test
    void readsTheSchemaTheFileBuilds(TestDatabase db) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.sql"), """
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, mood mood);
                -- a ; in a comment and a $$ body
                CREATE FUNCTION one() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
                CREATE TABLE posts (id serial PRIMARY KEY, user_id int REFERENCES users (id) ON DELETE CASCADE);
                """);
        try (Connection c = db.connect()) {
            Schema schema = SqlFileSource.load(file, c);

            assertThat(schema.tables()).extracting(t -> t.name().name()).containsExactlyInAnyOrder("users", "posts");
            Table posts = schema.tables().stream().filter(t -> t.name().name().equals("posts")).findFirst().orElseThrow();
            assertThat(posts.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.onDelete().name()).isEqualTo("CASCADE"));
            assertThat(schema.enums()).singleElement().satisfies(e -> assertThat(e.values()).containsExactly("happy", "sad"));
        }
    }

    @Test
    void aFailingStatementIsReportedWithItsLineAndSqlState(TestDatabase db) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE users (id serial PRIMARY KEY);

                CREATE TABLE posts (user_id int REFERENCES nobody (id));
                """);
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> SqlFileSource.load(file, c)).isInstanceOf(StrataException.Input.class)
                    .satisfies(e -> {
                        var problem = ((StrataException) e).problem();
                        assertThat(problem.file()).isEqualTo(file);
                        assertThat(problem.line()).isEqualTo(3);
                        assertThat(problem.sqlState()).isEqualTo("42P01");
                        assertThat(problem.message()).contains("statement 2 of the schema file", "nobody");
                    });
        }
    }

    @Test
    void aMissingFileSaysWhereTheSchemaSourceIsConfigured(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> SqlFileSource.load(dir.resolve("nope.sql"), c)).isInstanceOf(StrataException.Input.class)
                    .hasMessageContaining("--schema");
        }
    }
}
