package dev.strata.core;

import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.lint.Linter;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Hazard;
import dev.strata.core.plan.Plan;
import dev.strata.core.plan.Planner;
import dev.strata.core.render.MigrationRenderer;
import dev.strata.core.render.RenderedMigration;
import dev.strata.core.source.snapshot.ModelToSnapshot;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;
import dev.strata.core.source.snapshot.SnapshotToModel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code strata generate}: diffs the schema as code against the folder's last snapshot and writes
 * the next migration as drizzle-kit does (SQL file, snapshot with {@code prevId} chained, journal
 * entry), plus its down file {@code NNNN_tag.down.sql}, which drizzle tools ignore. Nothing is written
 * while a possible rename is unanswered. The tag's prefix and the breakpoints follow {@link GenerateOptions#style()}
 * (flags, already merged over {@code strata.toml}) and the folder ({@link NextMigration}); a {@code --custom}
 * migration follows them too.
 */
final class Generate {
    /** What drizzle-kit writes into a {@code --custom} migration. */
    static final String CUSTOM_PLACEHOLDER = "-- Custom SQL migration file, put your code below! --";

    private Generate() {
    }

    static GenerateResult run(Path dir, Schema desired, GenerateOptions options, Predicate<List<Hazard>> writeAnyway) {
        if (options.custom()) {
            return custom(dir, options);
        }
        // Named after the changes once they are known; read the folder once.
        NextMigration probe = NextMigration.unchecked(dir, options.name() == null ? "init" : options.name(), options.style(),
                Clock.systemUTC());
        Snapshot last = probe.lastSnapshot().orElse(null);
        Schema previous = last == null ? Schema.empty() : SnapshotToModel.schema(last);
        // Diff snapshot against snapshot, as drizzle-kit does: the desired schema in the snapshot's own
        // order and spelling, so the SQL comes out in drizzle-kit's order and matches the snapshot written.
        Snapshot desiredSnapshot = ModelToSnapshot.snapshot(desired);
        DiffResult diff = SchemaDiff.compare(previous, SnapshotToModel.schema(desiredSnapshot), renames(options));
        if (!diff.candidates().isEmpty()) {
            return GenerateResult.needsAnswers(diff.candidates());
        }
        if (diff.changes().isEmpty()) {
            return GenerateResult.noChanges();
        }
        Plan plan = Planner.plan(diff);
        if (!plan.hazards().isEmpty() && !writeAnyway.test(plan.hazards())) {
            return GenerateResult.declined(plan.hazards());
        }
        RenderedMigration rendered = MigrationRenderer.render(plan);
        NextMigration next = options.name() != null || last == null ? probe.refuseExisting() : probe.named(MigrationNames.of(plan.changes()));
        boolean breakpoints = next.breakpoints();
        FileWrites files = new FileWrites("generate");
        String upText = rendered.upText(breakpoints);
        files.write(next.sqlFile(), upText);
        files.write(next.downFile(), rendered.downText(breakpoints));
        Snapshot snapshot = desiredSnapshot.withIds(UUID.randomUUID().toString(), last == null ? Snapshot.ORIGIN_ID : last.id());
        files.write(next.snapshotFile(), SnapshotJson.write(snapshot));
        files.write(dir.resolve("meta/_journal.json"), next.journalWithEntry());
        return new GenerateResult(GenerateResult.Outcome.WRITTEN, next.tag(), files.written(), rendered.up(), plan.hazards(),
                rendered.irreversible(), List.of(), Linter.lint(next.sqlFile(), upText));
    }

    private static GenerateResult custom(Path dir, GenerateOptions options) {
        NextMigration next = NextMigration.in(dir, options.name() == null ? "custom" : options.name(), options.style(),
                Clock.systemUTC());
        FileWrites files = new FileWrites("generate");
        files.write(next.sqlFile(), CUSTOM_PLACEHOLDER + "\n");
        Snapshot previous = next.lastSnapshot().orElse(Snapshot.empty());
        files.write(next.snapshotFile(), SnapshotJson.write(previous.withIds(UUID.randomUUID().toString(), previous.id())));
        files.write(dir.resolve("meta/_journal.json"), next.journalWithEntry());
        return new GenerateResult(GenerateResult.Outcome.WRITTEN, next.tag(), files.written(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static Renames renames(GenerateOptions options) {
        try {
            return Renames.parse(options.renames());
        } catch (IllegalArgumentException e) {
            throw new StrataException.Input(Problem.of("generate.bad-rename", e.getMessage(),
                    "e.g. --rename table:public.posts=articles, --rename column:public.users.full_name=display_name, "
                            + "--new table:public.articles"));
        }
    }
}
