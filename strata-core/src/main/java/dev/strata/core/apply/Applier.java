package dev.strata.core.apply;

import dev.strata.core.StrataException;
import dev.strata.core.script.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs an {@link ApplyPlan} on a connection that holds the migration lock. A failure stops the run
 * at a migration boundary: the failing migration rolled back (or, outside a transaction, its
 * committed statements recorded so the next run resumes after them), earlier ones kept.
 */
final class Applier {
    private final Connection c;
    private final HistoryWriter history;
    private final Consumer<ApplyEvent> events;
    private final List<AppliedMigration> applied = new ArrayList<>();
    private final List<PlannedMigration> uncommittedBatch = new ArrayList<>();
    private final List<Long> batchStarts = new ArrayList<>();
    private List<String> batchEnumValues = new ArrayList<>();

    Applier(Connection c, TrackingTable t, Consumer<ApplyEvent> events, String who) {
        this.c = c;
        this.history = new HistoryWriter(c, t, who);
        this.events = events;
    }

    List<AppliedMigration> apply(ApplyPlan plan) throws SQLException {
        if (plan.isEmpty()) {
            return List.of();
        }
        // Commits are asynchronous during the run and made durable together at its end (see finish):
        // a server crash before that loses whole migrations together with their rows, never half of one.
        execute("SET synchronous_commit TO off");
        Throwable failure = null;
        try {
            List<PlannedMigration> all = plan.migrations();
            for (int i = 0; i < all.size(); i++) {
                PlannedMigration p = all.get(i);
                events.accept(new ApplyEvent.MigrationStarted(p.name(), i + 1, all.size(), p.mode(), p.statements().size(), p.resumeFrom()));
                switch (p.mode()) {
                    case TRANSACTION -> inTransaction(p);
                    case NONE -> {
                        commitBatch();
                        withoutTransaction(p);
                    }
                    case BATCH -> inBatch(p);
                }
            }
            commitBatch();
        } catch (SQLException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            makeDurable(failure);
        }
        return List.copyOf(applied);
    }

    /** Flushes the WAL of every asynchronous commit of the run: a synchronous commit of a transaction with an xid. */
    private void makeDurable(Throwable earlier) throws SQLException {
        try {
            if (c.isClosed()) {
                return;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            execute("SET synchronous_commit TO on");
            execute("SELECT txid_current()");
        } catch (SQLException | RuntimeException e) {
            if (earlier == null) {
                throw e;
            }
            earlier.addSuppressed(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private void inTransaction(PlannedMigration p) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (java.sql.Statement st = c.createStatement()) {
            runStatements(p, st, 0, null, history.appliedRowsAndCommit(p));
            c.commit(); // a no-op when the COMMIT above went through; kept so the driver's state is certain
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        done(p, p.statements().size(), start);
    }

    private void inBatch(PlannedMigration p) throws SQLException {
        if (!uncommittedBatch.isEmpty() && p.statements().stream().anyMatch(s -> TransactionRules.usesAny(s, batchEnumValues).isPresent())) {
            commitBatch();
        }
        if (uncommittedBatch.isEmpty()) {
            c.setAutoCommit(false);
        }
        long start = System.nanoTime();
        try (java.sql.Statement st = c.createStatement()) {
            runStatements(p, st, 0, null, null);
            history.recordApplied(p, millisSince(start));
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            c.setAutoCommit(true);
            uncommittedBatch.clear();
            throw e;
        }
        p.statements().forEach(s -> batchEnumValues.addAll(TransactionRules.addedEnumValues(s)));
        uncommittedBatch.add(p);
        batchStarts.add(start);
    }

    private void commitBatch() throws SQLException {
        if (uncommittedBatch.isEmpty()) {
            return;
        }
        c.commit();
        c.setAutoCommit(true);
        for (int i = 0; i < uncommittedBatch.size(); i++) {
            done(uncommittedBatch.get(i), uncommittedBatch.get(i).statements().size(), batchStarts.get(i));
        }
        uncommittedBatch.clear();
        batchStarts.clear();
        batchEnumValues = new ArrayList<>();
    }

    private void withoutTransaction(PlannedMigration p) throws SQLException {
        long start = System.nanoTime();
        int from = p.resumeFrom();
        long id = history.insert(p, "running", from, from == 0 ? null : ApplyPlanner.doneChecksum(p.statements(), from), null, null);
        try (java.sql.Statement st = c.createStatement()) {
            runStatements(p, st, from, id, null);
            c.setAutoCommit(false);
            history.insertDrizzleRow(p.migration());
            history.finish(id, "applied", millisSince(start), null);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        done(p, p.statements().size() - from, start);
    }

    /**
     * Runs statements from index {@code from}. {@code progressId} set: record each commit (no
     * transaction). {@code tail} set: SQL sent with the last statement in the same round trip.
     */
    private void runStatements(PlannedMigration p, java.sql.Statement st, int from, Long progressId, String tail)
            throws SQLException {
        st.setEscapeProcessing(false);
        List<Statement> statements = p.statements();
        for (int i = from; i < statements.size(); i++) {
            Statement s = statements.get(i);
            boolean withTail = tail != null && i == statements.size() - 1;
            try {
                st.execute(withTail ? s.sql() + (s.sql().endsWith(";") ? "\n" : "\n;\n") + tail : s.sql());
            } catch (SQLException e) {
                if (withTail && history.concernsTracking(e.getMessage())) {
                    throw trackingFailure(p, e);
                }
                throw failure(p, s, e, progressId, i);
            }
            if (progressId != null) {
                history.progress(progressId, i + 1, ApplyPlanner.doneChecksum(statements, i + 1));
            }
            events.accept(new ApplyEvent.StatementDone(p.name(), s.index(), statements.size()));
        }
    }

    private StrataException trackingFailure(PlannedMigration p, SQLException e) {
        return new StrataException.Database(new dev.strata.core.Problem("tracking.record-failed", p.migration().file(), 0,
                null, e.getSQLState(), "recording " + p.name() + " in the tracking tables failed", e.getMessage(),
                "check the tracking tables with `strata status` and the database user's privileges on them",
                p.name() + " rolled back; " + applied.size() + " migration(s) applied by this run stay applied; lock released"), e);
    }

    private StrataException failure(PlannedMigration p, Statement s, SQLException e, Long progressId, int committed) {
        String state;
        switch (p.mode()) {
            case NONE -> state = "statements 1-" + committed + " of " + p.name() + " were committed (no transaction); "
                    + "the next run resumes at statement " + s.index() + "; lock released";
            case BATCH -> state = "the whole --single-transaction batch (" + (uncommittedBatch.size() + 1)
                    + " migrations) rolled back; " + applied.size() + " applied before it stay; lock released";
            default -> state = p.name() + " rolled back; " + applied.size() + " migration(s) applied by this run stay applied; lock released";
        }
        StrataException failure = SqlFailure.of(p, s, e, state);
        recordFailure(p, failure, progressId, committed);
        return failure;
    }

    /** Best effort: a failure to record the failure must not hide the failure itself. */
    private void recordFailure(PlannedMigration p, StrataException failure, Long progressId, int committed) {
        String error = "line " + failure.problem().line() + ": " + failure.problem().detail().lines().findFirst().orElse("");
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (progressId != null) {
                history.finish(progressId, "failed", 0, error);
            } else {
                history.insert(p, "failed", committed, null, null, error);
            }
        } catch (SQLException | RuntimeException recordError) {
            failure.addSuppressed(recordError);
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void done(PlannedMigration p, int statements, long start) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        applied.add(new AppliedMigration(p.name(), p.mode(), statements, took));
        events.accept(new ApplyEvent.MigrationApplied(p.name(), took, p.mode()));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
