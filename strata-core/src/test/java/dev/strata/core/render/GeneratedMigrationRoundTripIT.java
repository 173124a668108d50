package dev.strata.core.render;

import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.SchemaComparison;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;
import dev.strata.core.plan.Planner;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Generated migrations do what they say, with PostgreSQL as the judge: for random schema pairs (A, B), apply
 * {@code empty → A}, then {@code A → B} up: the database must be B; then the down: the database must be A again.
 * View queries and check expressions are compared as PostgreSQL deparses them on both sides (the generator cannot
 * write PostgreSQL's spelling), and column order after a down is not compared (a re-added column goes last).
 */
@ExtendWith(PostgresExtension.class)
class GeneratedMigrationRoundTripIT {
    /** Fixed seeds (every run), plus one from the clock; a failure names its seed. */
    private static final long[] FIXED = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181,
            6765, 10946, 17711, 28657, 46368, 514229};

    @Test
    void upGivesBAndDownGivesABackForRandomSchemaPairs(TestDatabase db) throws SQLException {
        long clock = System.currentTimeMillis();
        List<Long> seeds = new ArrayList<>(LongStream.of(FIXED).boxed().toList());
        seeds.add(clock);
        for (long seed : seeds) {
            try {
                db.execute("DROP SCHEMA IF EXISTS app CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public");
                roundTrip(db, seed);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + e, e);
            }
        }
    }

    /** One pair on {@code db}, whose schemas start empty. */
    private static void roundTrip(TestDatabase db, long seed) throws SQLException {
        Random r = new Random(seed);
        RandomSchemas schemas = new RandomSchemas(r);
        Draft a = schemas.schema();
        SchemaMutations.Result mutated = SchemaMutations.mutate(r, schemas, a);
        Schema modelA = a.build();
        Schema modelB = mutated.b().build();
        RenderedMigration create = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(Schema.empty(), modelA)));
        DiffResult diff = SchemaDiff.compare(modelA, modelB, mutated.renames());
        RenderedMigration change = MigrationRenderer.render(Planner.plan(diff));
        String context = "seed " + seed + "\n-- A:\n" + create.upText() + "\n-- up:\n" + change.upText()
                + "\n-- down:\n" + change.downText();
        run(db, create.up(), context);
        run(db, change.up(), context);
        same("B after up", masked(modelB), masked(read(db)), context);
        run(db, change.down(), context);
        same("A after down", unordered(masked(modelA)), unordered(masked(read(db))), context);
    }

    private static void run(TestDatabase db, List<String> statements, String context) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    c.rollback();
                    fail(e.getMessage() + "\n  in: " + sql + "\n" + context);
                }
            }
            c.commit();
        }
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        }
    }

    private static void same(String what, Schema expected, Schema actual, String context) {
        var differences = SchemaComparison.compare(expected, actual);
        assertThat(differences).as(what + " differs:\n" + String.join("\n",
                differences.stream().map(d -> d.describe("expected", "database")).toList()) + "\n" + context).isEmpty();
    }

    /** Views' queries and checks' expressions blanked: the generator does not write PostgreSQL's deparsed text. */
    private static Schema masked(Schema s) {
        Schema n = s.normalized();
        return new Schema(n.schemas(), n.extensions(), n.enums(), n.domains(), n.sequences(),
                n.tables().stream().map(t -> new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                        t.checks().stream().map(c -> new CheckConstraint(c.name(), "", c.validated())).toList(),
                        t.foreignKeys(), t.indexes(), t.policies(), t.security(), t.comment(), t.partitioning())).toList(),
                n.views().stream().map(v -> new View(v.name(), "", v.materialized(), v.options(), v.withData(), v.comment())).toList(),
                n.functions(), n.triggers());
    }

    /** Columns in name order: a column dropped and re-added by a down file comes back last. */
    private static Schema unordered(Schema s) {
        Schema n = s.normalized();
        return new Schema(n.schemas(), n.extensions(), n.enums(), n.domains(), n.sequences(),
                n.tables().stream().map(t -> new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                        t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), t.indexes(), t.policies(), t.security(),
                        t.comment(), t.partitioning())).toList(),
                n.views(), n.functions(), n.triggers());
    }
}
