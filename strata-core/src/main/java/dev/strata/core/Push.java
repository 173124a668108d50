package dev.strata.core;

import dev.strata.core.apply.DirectApply;
import dev.strata.core.apply.TrackingTable;
import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.RenameAnswerMismatch;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.UnsupportedChange;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.EnumValuesFirst;
import dev.strata.core.plan.Plan;
import dev.strata.core.plan.Planner;
import dev.strata.core.render.MigrationRenderer;
import dev.strata.core.source.introspect.LiveDatabaseSource;

import dev.strata.core.shadow.ShadowDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code strata push}: diffs the live database against the schema as code and runs the difference
 * directly (development databases), refusing changes that may lose data unless forced. Writes no
 * migration and no tracking row. The schema is first built in a shadow database and read back, so
 * both sides of the diff are in PostgreSQL's own spelling (a check written {@code x between 0 and 10}
 * is compared as PostgreSQL stores it), and a schema PostgreSQL rejects fails before the live database is touched.
 * The plan runs in one transaction, except that enum values it adds are committed first in a transaction of their
 * own (see {@link EnumValuesFirst}).
 */
final class Push {
    private Push() {
    }

    static PushResult run(Connection c, TrackingTable tracking, Schema desired, ShadowDatabase shadow, PushOptions options) {
        Schema canonical = asPostgresStoresIt(desired, shadow, options.databaseObjects());
        Schema live = LiveDatabaseSource.read(c, InspectFilter.all().withTrackingSchema(tracking.schema()));
        DiffResult diff;
        try {
            diff = SchemaDiff.compare(live.normalized(), canonical.normalized(), renames(options), options.databaseObjects());
        } catch (UnsupportedChange e) {
            throw new StrataException.Input(Problem.of("push.unsupported-change", e.getMessage(), e.fix()));
        } catch (RenameAnswerMismatch e) {
            throw new StrataException.Input(Problem.of("push.bad-rename", e.getMessage(), e.fix().orElse(
                    "name the object as the database has it and its new name as the schema has it, or leave the flag "
                            + "out to be asked")));
        }
        if (!diff.candidates().isEmpty()) {
            return new PushResult(PushResult.Outcome.NEEDS_ANSWERS, PushStatements.none(), List.of(), diff.candidates());
        }
        if (diff.changes().isEmpty()) {
            return new PushResult(PushResult.Outcome.NO_CHANGES, PushStatements.none(), List.of(), List.of());
        }
        Plan plan = Planner.plan(diff);
        PushStatements statements = statements(plan);
        if (!plan.hazards().isEmpty() && !options.force()) {
            return new PushResult(PushResult.Outcome.REFUSED, statements, plan.hazards(), List.of());
        }
        if (options.dryRun()) {
            return new PushResult(PushResult.Outcome.PLANNED, statements, plan.hazards(), List.of());
        }
        // ADD VALUE inside a transaction block needs PostgreSQL 12; no older server gets here, because reading the
        // live schema above refuses servers older than LiveDatabaseSource.OLDEST_MAJOR (13).
        DirectApply.run(c, tracking, statements.enumValues(), statements.rest());
        return new PushResult(PushResult.Outcome.APPLIED, statements, plan.hazards(), List.of());
    }

    /** The plan's statements: the enum values it adds first, on their own, when it also does something else. */
    private static PushStatements statements(Plan plan) {
        EnumValuesFirst split = EnumValuesFirst.of(plan);
        if (!split.splits()) {
            return new PushStatements(List.of(), MigrationRenderer.statements(plan.changes()));
        }
        return new PushStatements(MigrationRenderer.statements(split.enumValues()), MigrationRenderer.statements(split.rest()));
    }

    private static Schema asPostgresStoresIt(Schema desired, ShadowDatabase shadow, boolean databaseObjects) {
        List<String> create = MigrationRenderer.render(Planner.plan(
                SchemaDiff.compare(Schema.empty(), desired, Renames.none(), databaseObjects))).up();
        try (Connection c = shadow.url().connect(); Statement jdbc = c.createStatement()) {
            c.setAutoCommit(false); // one transaction, as a migration runs: SET LOCAL holds until the end
            for (String sql : create) {
                try {
                    jdbc.execute(sql);
                } catch (SQLException e) {
                    throw new StrataException.Input(new Problem("push.schema-invalid", null, 0, sql, e.getSQLState(),
                            "the schema does not build on an empty database: " + e.getMessage(), null,
                            "fix the schema; nothing was run on the database", null), e);
                }
            }
            c.commit();
            return LiveDatabaseSource.read(c, InspectFilter.all());
        } catch (SQLException e) {
            throw Strata.closeFailure(e, "check the shadow database's server");
        }
    }

    private static Renames renames(PushOptions options) {
        try {
            return Renames.parse(options.renames());
        } catch (IllegalArgumentException e) {
            throw new StrataException.Input(Problem.of("push.bad-rename", e.getMessage(),
                    "e.g. --rename table:public.posts=articles, --new table:public.articles"));
        }
    }
}
