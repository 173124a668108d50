package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.folder.MigrationFolder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Status and migrate for one folder and one tracking table, on a connection the caller owns.
 * {@code migrate} takes the advisory lock, creates the tracking tables if needed, reads the state
 * under the lock (so concurrent runs apply each migration once), plans, and applies.
 */
public final class Migrator {
    private final MigrationFolder folder;
    private final TrackingTable table;
    private final String who;

    /**
     * @param folder the migrations
     * @param table  drizzle's tracking table
     * @param who    who runs this, recorded in the history (e.g. {@code " (alice@laptop)"}, appended to current_user)
     */
    public Migrator(MigrationFolder folder, TrackingTable table, String who) {
        this.folder = folder;
        this.table = table;
        this.who = who;
    }

    /** Where every migration stands; reads only. */
    public StatusReport status(Connection c) {
        try {
            return StatusResolver.resolve(folder, TrackingReader.read(c, table));
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @SuppressWarnings("try") // the lock is held for the try block's duration, never referenced
    public MigrateResult migrate(Connection c, MigrateOptions options, Consumer<ApplyEvent> events) {
        try {
            c.setAutoCommit(true);
            if (options.dryRun()) {
                return dryRun(c, options);
            }
            try (AdvisoryLock lock = AdvisoryLock.acquire(c, table, options.lockTimeout(), events)) {
                if (TrackingReader.bootstrap(c, table)) {
                    events.accept(new ApplyEvent.TrackingCreated(table.drizzle(), table.history()));
                }
                TrackingState state = TrackingReader.read(c, table);
                ApplyPlan plan = ApplyPlanner.plan(folder, StatusResolver.resolve(folder, state), state, options);
                events.accept(new ApplyEvent.RunPlanned(plan.migrations().stream().map(PlannedMigration::name).toList(),
                        plan.alreadyApplied()));
                plan.warnings().forEach(events);
                List<AppliedMigration> applied = new Applier(c, table, events, who).apply(plan);
                return new MigrateResult(applied, plan.alreadyApplied(), null, plan.warnings());
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** The journal migrations from the first through {@code to}; refuses a tag that is not a journal migration. */
    public List<String> journalUpTo(String to) {
        return Baseline.journalUpTo(folder, to).stream().map(dev.strata.core.folder.Migration::name).toList();
    }

    /**
     * Records every journal migration up to and including {@code to} as applied without running it,
     * under the migration lock: for a database that already has their schema. Returns the names
     * recorded (those already applied are skipped). Refuses when a later migration is applied, or
     * when {@code to} is not a journal migration of the folder.
     */
    @SuppressWarnings("try") // the lock is held for the try block's duration, never referenced
    public List<String> baseline(Connection c, String to, Consumer<ApplyEvent> events) {
        List<dev.strata.core.folder.Migration> upTo = Baseline.journalUpTo(folder, to);
        try {
            c.setAutoCommit(true);
            try (AdvisoryLock lock = AdvisoryLock.acquire(c, table, MigrateOptions.DEFAULT_LOCK_TIMEOUT, events)) {
                if (TrackingReader.bootstrap(c, table)) {
                    events.accept(new ApplyEvent.TrackingCreated(table.drizzle(), table.history()));
                }
                StatusReport status = StatusResolver.resolve(folder, TrackingReader.read(c, table));
                return Baseline.record(c, new HistoryWriter(c, table, who + " baseline"), upTo, status);
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /**
     * Accepts edits of applied migrations and clears failed attempts (see {@link Repair}), in one
     * transaction under the migration lock; with {@code dryRun}, only says what it would change.
     */
    @SuppressWarnings("try") // the lock is held for the try block's duration, never referenced
    public List<String> repair(Connection c, boolean dryRun, Consumer<ApplyEvent> events) {
        try {
            c.setAutoCommit(true);
            try (AdvisoryLock lock = AdvisoryLock.acquire(c, table, MigrateOptions.DEFAULT_LOCK_TIMEOUT, events)) {
                TrackingState state = TrackingReader.read(c, table);
                if (!state.exists()) {
                    return List.of();
                }
                c.setAutoCommit(false);
                try {
                    List<String> changes = new Repair(c, table, dryRun).run(folder, state, StatusResolver.resolve(folder, state));
                    c.commit();
                    return changes;
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /**
     * Undoes applied migrations newest first with their down files, each in one transaction with the
     * removal of its tracking rows (in several where PostgreSQL demands it), under the migration lock. Every down file is read and checked
     * before the first runs; a failure stops there with the earlier steps done.
     */
    @SuppressWarnings("try") // the lock is held for the try block's duration, never referenced
    public RollbackResult rollback(Connection c, RollbackOptions options, Consumer<ApplyEvent> events) {
        try {
            c.setAutoCommit(true);
            TrackingState before = TrackingReader.read(c, table);
            List<Rollback.Step> plan = Rollback.plan(folder, StatusResolver.resolve(folder, before), options);
            List<String> names = plan.stream().map(step -> step.migration().name()).toList();
            if (options.dryRun()) {
                StringBuilder sql = new StringBuilder();
                for (Rollback.Step step : plan) {
                    sql.append("-- rollback ").append(step.migration().name()).append(" (").append(step.downFile().getFileName())
                            .append(")\n");
                    for (DownTransactions.Batch batch : step.transactions().batches()) {
                        if (batch.reason() != null) {
                            sql.append("-- commit; then, because ").append(batch.reason()).append(":\n");
                        }
                        batch.statements().forEach(st -> sql.append(st.sql().strip()).append('\n'));
                    }
                }
                return new RollbackResult(names, sql.toString());
            }
            try (AdvisoryLock lock = AdvisoryLock.acquire(c, table, MigrateOptions.DEFAULT_LOCK_TIMEOUT, events)) {
                TrackingState state = TrackingReader.read(c, table);
                List<Rollback.Step> locked = Rollback.plan(folder, StatusResolver.resolve(folder, state), options);
                for (Rollback.Step step : locked) {
                    Rollback.run(c, table, state, step);
                }
                return new RollbackResult(locked.stream().map(step -> step.migration().name()).toList(), null);
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private MigrateResult dryRun(Connection c, MigrateOptions options) throws SQLException {
        TrackingState state = TrackingReader.read(c, table);
        ApplyPlan plan = ApplyPlanner.plan(folder, StatusResolver.resolve(folder, state), state, options);
        boolean complete = state.exists() && TrackingReader.exists(c, table.schema(), table.historyName());
        return new MigrateResult(List.of(), plan.alreadyApplied(), DryRun.render(plan, table, complete), plan.warnings());
    }

    private StrataException readFailure(SQLException e) {
        String sqlState = e.getSQLState();
        Problem p = new Problem("tracking.failed", null, 0, null, sqlState,
                "cannot read or write the tracking table " + table.drizzle() + ": " + e.getMessage(), null,
                "check that the database user may create schema " + table.schema() + " and its tables, "
                        + "or create them once as an owner (strata migrate --dry-run prints the SQL)",
                "nothing was applied by this step; lock released");
        if (sqlState != null && sqlState.startsWith("08")) {
            return new StrataException.Unavailable(p, e);
        }
        return new StrataException.Database(p, e);
    }
}
