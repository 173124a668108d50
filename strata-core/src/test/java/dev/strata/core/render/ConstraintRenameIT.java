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
 * A renamed table whose constraints and indexes carry default names (which change with it): they are renamed in
 * place, so PostgreSQL keeps the same objects (same OIDs): no index is rebuilt and no foreign key re-checks rows.
 */
@ExtendWith(PostgresExtension.class)
class ConstraintRenameIT {
    private static final String OBJECTS = "SELECT string_agg(oid::text, ',' ORDER BY oid) FROM (SELECT oid FROM pg_constraint "
            + "WHERE connamespace = 'public'::regnamespace UNION ALL SELECT oid FROM pg_class WHERE relkind = 'i' "
            + "AND relnamespace = 'public'::regnamespace) o";

    @Test
    void aRenamedTablesConstraintsAndIndexesAreRenamedInPlaceBothWays(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE members (id int, tenant int, email text, age int, "
                + "CONSTRAINT members_id_tenant_pk PRIMARY KEY (id, tenant), CONSTRAINT members_email_unique UNIQUE (email), "
                + "CONSTRAINT members_age_check CHECK (age > 0))");
        db.execute("CREATE INDEX members_age_index ON members (age) WHERE age > 10");
        db.execute("CREATE TABLE posts (id int PRIMARY KEY, member_id int, tenant int, CONSTRAINT posts_member_id_members_id_fk "
                + "FOREIGN KEY (member_id, tenant) REFERENCES members (id, tenant) ON DELETE CASCADE)");
        Schema b = read(db);
        db.execute("ALTER TABLE members RENAME TO users");
        for (String kind : List.of("id_tenant_pk", "email_unique", "age_check")) {
            db.execute("ALTER TABLE users RENAME CONSTRAINT members_" + kind + " TO users_" + kind);
        }
        db.execute("ALTER INDEX members_age_index RENAME TO users_age_index");
        db.execute("ALTER TABLE posts RENAME CONSTRAINT posts_member_id_members_id_fk TO posts_member_id_users_id_fk");
        Schema a = read(db);
        db.execute("INSERT INTO users VALUES (1, 1, 'a@example.com', 20); INSERT INTO posts VALUES (1, 1, 1)");
        String objects = db.value(OBJECTS);

        DiffResult open = SchemaDiff.compare(a, b, Renames.none());
        RenameCandidate table = open.candidates().stream().filter(c -> c.kind() == RenameCandidate.Kind.TABLE).findFirst().orElseThrow();
        RenderedMigration m = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(a, b, Renames.parse(List.of(table.renameAnswer())))));
        m.up().forEach(db::execute);

        assertThat(m.up()).hasSize(6).allSatisfy(s -> assertThat(s).contains(" RENAME ").doesNotContain("DROP", "ADD", "CREATE"));
        assertThat(db.value(OBJECTS)).isEqualTo(objects);
        assertThat(db.value("SELECT count(*) FROM members JOIN posts ON posts.member_id = members.id")).isEqualTo("1");
        assertThat(SchemaComparison.compare(b.normalized(), read(db).normalized())).isEmpty();

        m.down().forEach(db::execute);

        assertThat(db.value(OBJECTS)).isEqualTo(objects);
        assertThat(SchemaComparison.compare(a.normalized(), read(db).normalized())).isEmpty();
    }

    @Test
    void aChainOfTableRenamesFreesEachNameBeforeItIsTakenBothWays(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE b (id int PRIMARY KEY, x text CONSTRAINT b_x_unique UNIQUE); CREATE INDEX b_x_index ON b (x)");
        db.execute("CREATE TABLE c (id int PRIMARY KEY, x text CONSTRAINT c_x_unique UNIQUE, n int); CREATE INDEX c_x_index ON c (x)");
        Schema b = read(db);
        db.execute("ALTER TABLE b RENAME TO a; ALTER TABLE a RENAME CONSTRAINT b_x_unique TO a_x_unique; "
                + "ALTER INDEX b_x_index RENAME TO a_x_index");
        db.execute("ALTER TABLE c RENAME TO b; ALTER TABLE b RENAME CONSTRAINT c_x_unique TO b_x_unique; "
                + "ALTER INDEX c_x_index RENAME TO b_x_index");
        Schema a = read(db);
        db.execute("INSERT INTO a VALUES (1, 'from a'); INSERT INTO b VALUES (1, 'from b', 7)");

        // a=b before b=c in the flags and in the sorted order: the resolver must still rename b first
        Renames answers = Renames.parse(List.of("table public.a=b", "table public.b=c"));
        RenderedMigration m = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(a, b, answers)));
        m.up().forEach(db::execute);

        assertThat(m.up()).allSatisfy(s -> assertThat(s).contains(" RENAME ").doesNotContain("DROP", "ADD", "CREATE"));
        assertThat(db.value("SELECT x FROM b")).isEqualTo("from a");
        assertThat(db.value("SELECT x || n FROM c")).isEqualTo("from b7");
        assertThat(SchemaComparison.compare(b.normalized(), read(db).normalized())).isEmpty();

        m.down().forEach(db::execute);

        assertThat(db.value("SELECT x FROM a")).isEqualTo("from a");
        assertThat(SchemaComparison.compare(a.normalized(), read(db).normalized())).isEmpty();
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        }
    }
}
