package dev.strata.core;

import dev.strata.core.apply.DirectApply;
import dev.strata.core.apply.TrackingTable;
import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Plan;
import dev.strata.core.plan.Planner;
import dev.strata.core.render.MigrationRenderer;
import dev.strata.core.source.introspect.LiveDatabaseSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code strata push}: diffs the live database against the schema as code and runs the difference
 * directly (development databases), refusing changes that may lose data unless forced. Writes no
 * migration and no tracking row.
 */
final class Push {
    private Push() {
    }

    static PushResult run(Connection c, TrackingTable tracking, Schema desired, PushOptions options) {
        Schema live;
        try {
            live = LiveDatabaseSource.read(c, InspectFilter.all().withTrackingSchema(tracking.schema()));
        } catch (SQLException e) {
            throw Strata.closeFailure(e, "check the server log");
        }
        DiffResult diff = SchemaDiff.compare(live.normalized(), desired.normalized(), renames(options));
        if (!diff.candidates().isEmpty()) {
            return new PushResult(PushResult.Outcome.NEEDS_ANSWERS, List.of(), List.of(), diff.candidates());
        }
        if (diff.changes().isEmpty()) {
            return new PushResult(PushResult.Outcome.NO_CHANGES, List.of(), List.of(), List.of());
        }
        Plan plan = Planner.plan(diff);
        List<String> statements = MigrationRenderer.render(plan).up();
        if (!plan.hazards().isEmpty() && !options.force()) {
            return new PushResult(PushResult.Outcome.REFUSED, statements, plan.hazards(), List.of());
        }
        if (options.dryRun()) {
            return new PushResult(PushResult.Outcome.PLANNED, statements, plan.hazards(), List.of());
        }
        DirectApply.run(c, tracking, statements);
        return new PushResult(PushResult.Outcome.APPLIED, statements, plan.hazards(), List.of());
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
