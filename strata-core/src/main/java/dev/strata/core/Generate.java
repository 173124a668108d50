package dev.strata.core;

import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.RenameAnswerMismatch;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.UnsupportedChange;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

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

    static GenerateResult run(Path dir, Supplier<Schema> desiredSchema, GenerateOptions options,
                              Predicate<List<Hazard>> writeAnyway) {
        if (options.custom()) {
            return custom(dir, options);
        }
        // The folder's last snapshot is read on a second thread while the schema loads (compiling .java
        // files takes seconds); named after the changes once they are known, so the folder is read once.
        CompletableFuture<Base> reading = CompletableFuture.supplyAsync(() -> Base.read(dir, options), Generate::daemon);
        // Diff snapshot against snapshot, as drizzle-kit does: the desired schema in the snapshot's own
        // order and spelling, so the SQL comes out in drizzle-kit's order and matches the snapshot written.
        Snapshot desiredSnapshot = ModelToSnapshot.snapshot(desiredSchema.get());
        Base base = joined(reading);
        NextMigration probe = base.probe();
        Snapshot snapshot = desiredSnapshot.withIds(UUID.randomUUID().toString(), base.prevId());
        // Its text is only needed when there are changes, and is made on the second core while the diff runs.
        CompletableFuture<String> snapshotText = CompletableFuture.supplyAsync(() -> SnapshotJson.write(snapshot), Generate::daemon);
        DiffResult diff = diff(base.previous(), SnapshotToModel.schema(desiredSnapshot), options);
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
        NextMigration next = options.name() != null || base.isFirst() ? probe.refuseExisting() : probe.named(MigrationNames.of(plan.changes()));
        boolean breakpoints = next.breakpoints();
        FileWrites files = new FileWrites("generate");
        String upText = rendered.upText(breakpoints);
        files.write(next.sqlFile(), upText);
        files.write(next.downFile(), rendered.downText(breakpoints));
        files.write(next.snapshotFile(), joined(snapshotText));
        files.write(dir.resolve("meta/_journal.json"), next.journalWithEntry());
        return new GenerateResult(GenerateResult.Outcome.WRITTEN, next.tag(), files.written(), rendered.up(), plan.hazards(),
                rendered.irreversible(), List.of(), Linter.lint(next.sqlFile(), upText));
    }

    /**
     * What the folder holds before this migration: where it goes, the last snapshot's id ({@code null} when there
     * is none) and its schema. The snapshot itself is not kept: it is as large as the schema, and dead once read.
     */
    private record Base(NextMigration probe, String lastId, Schema previous) {
        boolean isFirst() {
            return lastId == null;
        }

        String prevId() {
            return isFirst() ? Snapshot.ORIGIN_ID : lastId;
        }

        static Base read(Path dir, GenerateOptions options) {
            NextMigration probe = NextMigration.unchecked(dir, options.name() == null ? "init" : options.name(),
                    options.style(), Clock.systemUTC());
            Snapshot last = probe.lastSnapshot().orElse(null);
            return last == null ? new Base(probe, null, Schema.empty()) : new Base(probe, last.id(), SnapshotToModel.schema(last));
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "strata-generate");
        thread.setDaemon(true);
        thread.start();
    }

    /** The result of work done on the second thread, or its error as if it was thrown on this one. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
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

    private static DiffResult diff(Schema previous, Schema desired, GenerateOptions options) {
        try {
            return SchemaDiff.compare(previous, desired, renames(options), options.databaseObjects());
        } catch (UnsupportedChange e) {
            throw new StrataException.Input(Problem.of("generate.unsupported-change", e.getMessage(), e.fix()));
        } catch (RenameAnswerMismatch e) {
            throw new StrataException.Input(Problem.of("generate.bad-rename", e.getMessage(), e.fix().orElse(
                    "name the object as the folder's last snapshot has it and its new name as the schema has it, "
                            + "or leave the flag out to be asked")));
        }
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
