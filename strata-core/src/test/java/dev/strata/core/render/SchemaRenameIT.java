package dev.strata.core.render;

import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.RenameCandidate;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaComparison;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Planner;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A renamed schema is asked about like a renamed table, and once answered it is one {@code ALTER SCHEMA}: its tables
 * keep their rows, its enum and sequence their values, foreign keys their targets; the down file renames it back.
 * Without the answer the tables would be dropped and created. PostgreSQL is the judge.
 */
@ExtendWith(PostgresExtension.class)
class SchemaRenameIT {
    private static final String OBJECTS = """
            CREATE SCHEMA %1$s;
            CREATE TYPE %1$s.mood AS ENUM ('calm', 'glad');
            CREATE SEQUENCE %1$s.invoice_no;
            CREATE TABLE %1$s.users (id serial PRIMARY KEY, mood %1$s.mood DEFAULT 'calm');
            CREATE TABLE %1$s.posts (id serial PRIMARY KEY, user_id integer REFERENCES %1$s.users (id), title text);
            CREATE INDEX posts_title_idx ON %1$s.posts (title);
            """;

    @Test
    void aRenamedSchemaKeepsEverythingInItBothWays(TestDatabase db) throws SQLException {
        db.execute(OBJECTS.formatted("shop"));
        Schema b = read(db);
        db.execute("DROP SCHEMA shop CASCADE");
        db.execute(OBJECTS.formatted("app"));
        Schema a = read(db);
        db.execute("INSERT INTO app.users (mood) VALUES ('glad'); INSERT INTO app.posts (user_id, title) VALUES (1, 'hello')");
        db.value("SELECT nextval('app.invoice_no')");

        DiffResult open = SchemaDiff.compare(a, b, Renames.none());
        DiffResult answered = SchemaDiff.compare(a, b, Renames.parse(List.of(open.candidates().get(0).renameAnswer())));
        RenderedMigration m = MigrationRenderer.render(Planner.plan(answered));
        m.up().forEach(db::execute);

        assertThat(open.candidates()).first().extracting(RenameCandidate::kind).isEqualTo(RenameCandidate.Kind.SCHEMA);
        assertThat(Planner.plan(open).hazards()).isNotEmpty();
        assertThat(m.up()).containsExactly("ALTER SCHEMA \"app\" RENAME TO \"shop\";");
        assertThat(SchemaComparison.compare(b.normalized(), read(db).normalized())).isEmpty();
        assertThat(db.value("SELECT u.mood || ' ' || p.title FROM shop.posts p JOIN shop.users u ON u.id = p.user_id"))
                .isEqualTo("glad hello");
        assertThat(db.value("SELECT nextval('shop.invoice_no')")).isEqualTo("2");

        m.down().forEach(db::execute);

        assertThat(SchemaComparison.compare(a.normalized(), read(db).normalized())).isEmpty();
        assertThat(db.value("SELECT count(*) FROM app.posts")).isEqualTo("1");
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        }
    }
}
