package dev.strata.core;

import dev.strata.core.apply.ApplyEvent;
import dev.strata.core.check.CheckReport;
import dev.strata.core.check.DatabaseRules;
import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.FolderCheck;
import dev.strata.core.check.Severity;
import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.MigrateResult;
import dev.strata.core.apply.Migrator;
import dev.strata.core.apply.StatusReport;
import dev.strata.core.apply.TrackingTable;
import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.diff.Difference;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.lint.Linter;
import dev.strata.core.shadow.ShadowDatabase;
import dev.strata.core.shadow.ShadowDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Strata's entry point: one configuration, the operations on it. The folder is read and
 * validated before any database access, so bad input never touches the database.
 */
public final class Strata {
    private final StrataConfig config;
    private final DatabaseLocator locator;

    /** Why drift was not checked when the database has none of the folder's migrations applied. */
    public static final String DRIFT_NOT_CHECKED = "drift not checked: the database has no migration of this folder applied";

    public Strata(StrataConfig config) {
        this(config, new DatabaseLocator());
    }

    public Strata(StrataConfig config, DatabaseLocator locator) {
        this.config = config;
        this.locator = locator;
    }

    public StrataConfig config() {
        return config;
    }

    /** Where every migration stands. */
    public StatusReport status() {
        return status(migrator());
    }

    private StatusReport status(Migrator migrator) {
        try (Connection c = connect()) {
            return migrator.status(c);
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /**
     * Checks the folder, and the database against it unless {@code offline} or no database is
     * configured (the embedded server is not started just for a check).
     */
    public CheckReport check(boolean offline) {
        return check(new CheckOptions(offline, false, true));
    }

    /**
     * Checks the folder, and the database against it unless offline or no database is configured; with
     * drift, also replays the migrations the database has applied into a shadow database and reports
     * every object in which the database differs from them; with lint, lints the migrations not applied.
     */
    public CheckReport check(CheckOptions options) {
        boolean offline = options.offline() || config.url() == null;
        // Offline, every file is linted: that runs on a second core while the folder rules run.
        java.util.concurrent.CompletableFuture<List<Diagnostic>> lintAll = offline && options.lint()
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> lintFiles(migrationFiles())) : null;
        List<Diagnostic> found = new ArrayList<>(FolderCheck.check(config.migrationsDir()));
        boolean folderBroken = found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (offline) {
            if (!folderBroken && lintAll != null) {
                found.addAll(joined(lintAll));
            }
            found.add(new Diagnostic("database.skipped", Severity.INFO, null, 0, options.offline() ? "database not checked (--offline)"
                    : "database not checked: no database configured (--url, DATABASE_URL, strata.toml)", null));
            return new CheckReport(found, false);
        }
        if (folderBroken) {
            found.add(new Diagnostic("database.skipped", Severity.INFO, null, 0,
                    "database not checked: fix the folder's errors first", null));
            return new CheckReport(found, false);
        }
        MigrationFolder folder = MigrationFolder.read(config.migrationsDir());
        StatusReport status = status(new Migrator(folder, tracking(), who()));
        found.addAll(DatabaseRules.check(status));
        if (options.lint()) {
            found.addAll(lintPending(folder, status.appliedNames()));
        }
        if (options.drift()) {
            found.addAll(driftDiagnostics(folder, status.appliedNames()));
        }
        return new CheckReport(found, true);
    }

    /**
     * Drift alone: replays the migrations the database has applied into a shadow database and compares the
     * schema they build with the database's, object by object.
     */
    public DriftReport drift() {
        MigrationFolder folder = MigrationFolder.read(config.migrationsDir());
        return drift(folder, status(new Migrator(folder, tracking(), who())).appliedNames());
    }

    private DriftReport drift(MigrationFolder folder, List<String> applied) {
        if (applied.isEmpty()) {
            return new DriftReport(null, List.of());
        }
        String last = applied.get(applied.size() - 1);
        try (ShadowDatabase shadow = shadowDatabase()) {
            return new DriftReport(last, DriftCheck.run(folder, tracking(), shadow, databaseUrl(), last));
        }
    }

    private List<Diagnostic> driftDiagnostics(MigrationFolder folder, List<String> applied) {
        DriftReport drift = drift(folder, applied);
        if (!drift.checked()) {
            return List.of(new Diagnostic("drift.skipped", Severity.INFO, null, 0, DRIFT_NOT_CHECKED, null));
        }
        if (drift.differences().isEmpty()) {
            return List.of(new Diagnostic("drift.none", Severity.INFO, null, 0,
                    "no drift: the database matches the folder replayed up to " + drift.replayedUpTo(), null));
        }
        return drift.differences().stream().map(d -> new Diagnostic("drift." + d.kind().name().toLowerCase(java.util.Locale.ROOT),
                Severity.ERROR, null, 0, d.describe("the folder (up to " + drift.replayedUpTo() + ")", "the database"),
                "make the change in a migration (strata new / generate) or undo it in the database")).toList();
    }

    /**
     * Lints migration files ({@code files}), or the whole folder when none are given; never touches a
     * database. Unreadable files are diagnostics too.
     */
    public CheckReport lint(List<Path> files) {
        if (files.isEmpty()) {
            return new CheckReport(Linter.lint(MigrationFolder.read(config.migrationsDir())), false);
        }
        return new CheckReport(lintFiles(files), false);
    }

    /** Each file read and linted on its own (in parallel: they are independent), reported in the given order. */
    private static List<Diagnostic> lintFiles(List<Path> files) {
        return files.parallelStream().flatMap(file -> {
            try {
                return Linter.lint(file, Files.readString(file, StandardCharsets.UTF_8)).stream();
            } catch (IOException | UncheckedIOException e) {
                return java.util.stream.Stream.of(new Diagnostic("lint.unreadable", Severity.ERROR, file, 0,
                        "cannot read " + file + ": " + e.getMessage(), "check the path and its permissions"));
            }
        }).toList();
    }

    /** Every migration file of the folder (journal and manual; not down files), without validating or hashing them. */
    private List<Path> migrationFiles() {
        try (java.util.stream.Stream<Path> files = Files.list(config.migrationsDir())) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".sql") && !n.endsWith(Migration.DOWN_SUFFIX) && !n.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw new StrataException.Input(Problem.of("folder.unreadable", "cannot list " + config.migrationsDir() + ": "
                    + e.getMessage(), "check the folder's permissions"));
        }
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Lint diagnostics for the migrations the database has not applied. */
    private static List<Diagnostic> lintPending(MigrationFolder folder, List<String> appliedNames) {
        java.util.Set<String> applied = java.util.Set.copyOf(appliedNames);
        // Files are independent: linted on every core, reported in folder order.
        return folder.migrations().parallelStream().filter(m -> !applied.contains(m.name()))
                .flatMap(m -> Linter.lint(m.file(), m.text()).stream()).toList();
    }

    /** Applies pending migrations (or, with {@code dryRun}, prints them), reporting progress to {@code events}. */
    public MigrateResult migrate(MigrateOptions options, Consumer<ApplyEvent> events) {
        Migrator migrator = migrator();
        DatabaseUrl url = databaseUrl();
        if (url.looksPooled() && !options.dryRun()) {
            throw new StrataException.Input(Problem.of("config.pooled-url",
                    url.redacted() + " is a transaction pooler endpoint: the migration lock and per-migration "
                            + "transactions cannot be trusted through it",
                    "use the direct URL for migrations (for Neon: the host without \"-pooler\"; for Supabase: port 5432)"));
        }
        // The simple query protocol, as psql and drizzle-orm's node-postgres migrator send migrations:
        // one message per statement instead of five.
        try (Connection c = url.withDefaultParameter("preferQueryMode", "simple").connect()) {
            return migrator.migrate(c, options, events);
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /**
     * A fresh, empty throwaway database, dropped on {@code close()}: on {@code --shadow-url} if given,
     * else on the configured server when its user may create databases, else on the embedded server.
     */
    public ShadowDatabase shadowDatabase() {
        if (config.shadowUrl() != null) {
            return ShadowDatabases.fromShadowUrl(config.shadowUrl());
        }
        return ShadowDatabases.create(config.url(), config.projectDir());
    }

    /**
     * Reads the database into a new migrations folder: a baseline migration that recreates its schema,
     * the snapshot and the journal. Refuses a folder that already holds migrations.
     */
    public PullResult pull(PullOptions options) {
        return BaselinePull.run(config.migrationsDir(), databaseUrl(), config.trackingSchema(), options);
    }

    /**
     * Marks a database that already has the schema as migrated up to {@code to}, without running SQL.
     * First replays the folder up to {@code to} into a shadow database and compares: any difference
     * refuses the baseline, unless {@code force}.
     */
    public BaselineResult baseline(String to, boolean force) {
        MigrationFolder folder = MigrationFolder.read(config.migrationsDir());
        TrackingTable tracking = tracking();
        Migrator migrator = new Migrator(folder, tracking, who());
        migrator.journalUpTo(to);
        DatabaseUrl url = databaseUrl();
        List<Difference> differences;
        try (ShadowDatabase shadow = shadowDatabase()) {
            differences = DriftCheck.run(folder, tracking, shadow, url, to);
        }
        if (!differences.isEmpty() && !force) {
            throw new StrataException.Conflict(new Problem("baseline.drift", null, 0, null, null,
                    "the database differs from what the folder builds up to " + to + " (" + differences.size() + " differences)",
                    differences.stream().map(d -> d.describe("the folder", "the database")).limit(50)
                            .collect(java.util.stream.Collectors.joining("\n")),
                    "bring the database in line, or choose the migration it matches; --force records it anyway",
                    "nothing was recorded"));
        }
        try (Connection c = url.connect()) {
            return new BaselineResult(migrator.baseline(c, to, e -> { }), differences);
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /** Accepts edited applied migrations and removes failed attempts; returns what changed (would change, with {@code dryRun}). */
    public List<String> repair(boolean dryRun) {
        Migrator migrator = migrator();
        try (Connection c = connect()) {
            return migrator.repair(c, dryRun, e -> { });
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /** Undoes applied migrations with their down files, newest first ({@code --steps} / {@code --to}). */
    public dev.strata.core.apply.RollbackResult rollback(dev.strata.core.apply.RollbackOptions options) {
        Migrator migrator = migrator();
        try (Connection c = connect()) {
            return migrator.rollback(c, options, e -> { });
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /**
     * Renumbers the journal's migrations after a merge and re-links the snapshot chain. Refuses when a
     * migration it would renumber (or re-time) is applied in the configured database.
     */
    public RebaseResult rebase(boolean dryRun) {
        Path dir = config.migrationsDir();
        List<dev.strata.core.folder.JournalEntry> entries = Rebase.readEntries(dir);
        List<Rebase.Change> plan = Rebase.plan(entries, Rebase.manualNumbers(dir, entries));
        List<dev.strata.core.folder.JournalEntry> touched = plan.stream().filter(c -> !c.before().equals(c.after()))
                .map(Rebase.Change::before).toList();
        List<String> warnings = new ArrayList<>();
        if (config.url() == null) {
            warnings.add("no database configured: not checked that the renumbered migrations are unapplied");
        } else if (!touched.isEmpty()) {
            refuseApplied(touched);
        }
        Rebase.Outcome preview = Rebase.apply(dir, plan, true);
        List<String> actions = new ArrayList<>(preview.result().actions());
        if (dryRun) {
            preview.stale().forEach(tag -> actions.add("regenerate the snapshot of " + tag + " (its content may miss the "
                    + "other branch's change) by replaying the folder in a shadow database"));
        } else if (preview.stale().isEmpty()) {
            Rebase.apply(dir, plan, false);
        } else {
            actions.addAll(rebaseWithFreshSnapshots(dir, plan, preview.stale()));
        }
        return new RebaseResult(actions, warnings);
    }

    /**
     * Rebases a scratch copy of the folder and regenerates its stale snapshots there first, so a
     * migration that fails to replay leaves the real folder untouched; then rebases the real folder
     * and copies the regenerated snapshots in.
     */
    private List<String> rebaseWithFreshSnapshots(Path dir, List<Rebase.Change> plan, List<String> stale) {
        Path scratch = FolderCopy.toTemp(dir);
        try {
            Rebase.apply(scratch, plan, false);
            List<String> regenerated;
            try (ShadowDatabase shadow = shadowDatabase()) {
                regenerated = SnapshotRegeneration.run(scratch, tracking(), shadow, stale);
            }
            Rebase.apply(dir, plan, false);
            FileWrites files = new FileWrites("rebase");
            for (String tag : stale) {
                Path snapshot = Path.of("meta", tag.substring(0, dev.strata.core.folder.TagNumbers.length(tag)) + "_snapshot.json");
                files.write(dir.resolve(snapshot), FolderCopy.read(scratch.resolve(snapshot)));
            }
            return regenerated;
        } finally {
            FolderCopy.delete(scratch);
        }
    }

    private void refuseApplied(List<dev.strata.core.folder.JournalEntry> touched) {
        TrackingTable tracking = tracking();
        try (Connection c = databaseUrl().connect()) {
            List<String> applied = dev.strata.core.apply.AppliedLookup.applied(c, tracking, touched);
            if (!applied.isEmpty()) {
                throw new StrataException.Conflict(Problem.of("rebase.applied", "rebase would renumber or re-time applied "
                        + "migration(s): " + String.join(", ", applied), "renumber the other branch's migrations instead "
                        + "(they are not applied here), by hand or on a database where they are not applied"));
            }
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /**
     * The schema as code from the configured source ({@code --schema} / {@code [schema] source}): {@code .java}
     * files compiled in-process, or a {@code .sql} file run in a shadow database and read back.
     */
    public dev.strata.core.model.Schema loadSchema() {
        return SchemaLoading.fromSource(config.schemaSource(), this::shadowDatabase);
    }

    /**
     * Whether the configured schema source is a {@code .sql} file, whose extensions, domains, functions and triggers
     * {@code generate} and {@code push} then manage ({@link GenerateOptions#databaseObjects()}).
     */
    public boolean schemaSourceIsSql() {
        return SchemaLoading.isSql(config.schemaSource());
    }

    /** The schema declared by compiled classes (a Maven project's), found on {@code classpath}. */
    public dev.strata.core.model.Schema loadSchema(List<Path> classpath, List<String> classNames) {
        return SchemaLoading.fromClasses(classpath, classNames);
    }

    /**
     * Writes the next migration: the difference between the folder's last snapshot and {@code desired},
     * its down file, snapshot and journal entry. Writes nothing while a possible rename is unanswered.
     * The tag's prefix and the breakpoints come from {@code options} (flags), else the configuration
     * ({@code [generate]} in strata.toml), else the folder's last migration, else drizzle-kit's defaults
     * (index, breakpoints); a prefix that would not sort with the folder's tags is refused.
     */
    public GenerateResult generate(dev.strata.core.model.Schema desired, GenerateOptions options) {
        return generate(desired, options, hazards -> true);
    }

    /**
     * As {@link #generate(dev.strata.core.model.Schema, GenerateOptions)}, but the data-loss hazards are
     * shown to {@code writeAnyway} before anything is written; when it answers {@code false} nothing is
     * written and the outcome is {@link GenerateResult.Outcome#DECLINED}.
     */
    public GenerateResult generate(dev.strata.core.model.Schema desired, GenerateOptions options,
                                   java.util.function.Predicate<List<dev.strata.core.plan.Hazard>> writeAnyway) {
        return generate(() -> desired, options, writeAnyway);
    }

    /**
     * As {@link #generate(dev.strata.core.model.Schema, GenerateOptions, java.util.function.Predicate)}, with the
     * schema loaded by {@code desired} while the folder is read on a second thread (loading {@code .java} files
     * compiles them). Not called for a {@code --custom} migration.
     */
    public GenerateResult generate(java.util.function.Supplier<dev.strata.core.model.Schema> desired, GenerateOptions options,
                                   java.util.function.Predicate<List<dev.strata.core.plan.Hazard>> writeAnyway) {
        return Generate.run(config.migrationsDir(), desired, options.withStyleOver(config.migrationStyle()), writeAnyway);
    }

    /** Makes the database match {@code desired} directly (development): see {@link PushOptions}. */
    public PushResult push(dev.strata.core.model.Schema desired, PushOptions options) {
        try (ShadowDatabase shadow = shadowDatabase(); Connection c = connect()) {
            return Push.run(c, tracking(), desired, shadow, options);
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /** Writes a new hand-written migration from its type's template (no database needed). */
    public NewMigrationResult newMigration(NewMigrationOptions options) {
        return NewMigration.create(config.migrationsDir(), options, config.migrationStyle());
    }

    /** The database this configuration points at (starting the embedded server if none is configured). */
    public DatabaseUrl databaseUrl() {
        return locator.locate(config);
    }

    private Migrator migrator() {
        return new Migrator(MigrationFolder.read(config.migrationsDir()), tracking(), who());
    }

    private TrackingTable tracking() {
        return new TrackingTable(config.trackingSchema(), config.trackingTable());
    }

    private Connection connect() {
        return databaseUrl().connect();
    }

    private static String who() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
            } catch (java.io.IOException | RuntimeException e) {
                host = "unknown-host";
            }
        }
        return " (" + System.getProperty("user.name") + "@" + host + ")";
    }

    private static StrataException closeFailure(SQLException e) {
        return closeFailure(e, "check the server log; the operation itself had finished");
    }

    /** A connection that failed to close once its work was done (or, for a read, once the read was done). */
    static StrataException closeFailure(SQLException e, String fix) {
        return new StrataException.Unavailable(Problem.of("database.close", "closing the connection failed: " + e.getMessage(), fix), e);
    }
}
