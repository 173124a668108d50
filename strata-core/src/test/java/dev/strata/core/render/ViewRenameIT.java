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

/** A renamed materialized view is asked about, then renamed in place: it keeps its rows, up and down. */
@ExtendWith(PostgresExtension.class)
class ViewRenameIT {
    @Test
    void aRenamedMaterializedViewKeepsItsRowsBothWays(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE posts (id serial PRIMARY KEY, title text)");
        db.execute("CREATE MATERIALIZED VIEW latest AS SELECT id, title FROM posts");
        Schema b = read(db);
        db.execute("ALTER MATERIALIZED VIEW latest RENAME TO recent");
        Schema a = read(db);
        db.execute("INSERT INTO posts (title) VALUES ('hello'); REFRESH MATERIALIZED VIEW recent; DELETE FROM posts");

        DiffResult open = SchemaDiff.compare(a, b, Renames.none());
        DiffResult answered = SchemaDiff.compare(a, b, Renames.parse(List.of(open.candidates().get(0).renameAnswer())));
        RenderedMigration m = MigrationRenderer.render(Planner.plan(answered));
        m.up().forEach(db::execute);

        assertThat(open.candidates()).singleElement().extracting(RenameCandidate::kind).isEqualTo(RenameCandidate.Kind.VIEW);
        assertThat(m.up()).containsExactly("ALTER MATERIALIZED VIEW \"public\".\"recent\" RENAME TO \"latest\";");
        assertThat(db.value("SELECT title FROM latest")).isEqualTo("hello");
        assertThat(SchemaComparison.compare(b.normalized(), read(db).normalized())).isEmpty();

        m.down().forEach(db::execute);

        assertThat(db.value("SELECT title FROM recent")).isEqualTo("hello");
        assertThat(SchemaComparison.compare(a.normalized(), read(db).normalized())).isEmpty();
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        }
    }
}
