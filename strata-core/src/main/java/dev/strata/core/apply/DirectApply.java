package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs statements straight against a database, outside the migrations folder ({@code strata push}):
 * under the migration lock, so a push never interleaves with a {@code migrate}, and in one transaction,
 * so a failing statement leaves the database as it was. Enum values are the one exception: PostgreSQL lets a
 * transaction use a value added by {@code ALTER TYPE ... ADD VALUE} only after the adding transaction committed,
 * so those statements can run first, in a transaction of their own.
 */
public final class DirectApply {
    private static final String NOTHING_CHANGED = "rolled back: nothing was changed";

    private DirectApply() {
    }

    /** Runs {@code statements} in order in one transaction; nothing is recorded in the tracking table. */
    public static void run(Connection c, TrackingTable lockOwner, List<String> statements) {
        run(c, lockOwner, List.of(), statements);
    }

    /**
     * Runs {@code enumValues} (the {@code ALTER TYPE ... ADD VALUE} statements) in one transaction and commits it,
     * then {@code statements} in a second one, holding the migration lock across both; with no enum values, just
     * {@code statements} in one transaction. When the second transaction fails it is rolled back whole, and the
     * values the first one added stay: adding a value changes nothing that exists, and the next push finds them
     * in place. Nothing is recorded in the tracking table.
     */
    public static void run(Connection c, TrackingTable lockOwner, List<String> enumValues, List<String> statements) {
        int total = enumValues.size() + statements.size();
        String state = NOTHING_CHANGED;
        try (AdvisoryLock lock = AdvisoryLock.acquire(c, lockOwner, MigrateOptions.DEFAULT_LOCK_TIMEOUT, event -> { })) {
            c.setAutoCommit(false);
            try (Statement jdbc = c.createStatement()) {
                if (!enumValues.isEmpty()) {
                    runAndCommit(c, jdbc, new Transaction(enumValues, 0, total, NOTHING_CHANGED));
                    state = valuesStay(enumValues);
                }
                runAndCommit(c, jdbc, new Transaction(statements, enumValues.size(), total, state));
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StrataException.Database(Problem.of("push.failed", "push failed: " + e.getMessage(),
                    "check the server log").withState(state.equals(NOTHING_CHANGED) ? "nothing was changed" : state), e);
        }
    }

    /**
     * Statements that run in one transaction.
     *
     * @param statements their SQL
     * @param offset     how many statements of the push come before them (for "statement n of m")
     * @param total      how many statements the push has
     * @param rolledBack what the database holds when one of them fails and the transaction is rolled back
     */
    private record Transaction(List<String> statements, int offset, int total, String rolledBack) {
    }

    private static void runAndCommit(Connection c, Statement jdbc, Transaction t) throws SQLException {
        for (int i = 0; i < t.statements().size(); i++) {
            execute(c, jdbc, t, i);
        }
        c.commit();
    }

    private static void execute(Connection c, Statement jdbc, Transaction t, int i) throws SQLException {
        String sql = t.statements().get(i);
        try {
            jdbc.execute(sql);
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new StrataException.Database(new Problem("push.statement-failed", null, 0, sql, e.getSQLState(),
                    "statement " + (t.offset() + i + 1) + " of " + t.total() + " failed: " + e.getMessage(), null,
                    "change the schema so the statement can run, or migrate the data first; generate a migration "
                            + "and edit it when the change needs data steps", t.rolledBack()), e);
        }
    }

    /** What the database holds after the second transaction was rolled back. */
    private static String valuesStay(List<String> enumValues) {
        return "rolled back: nothing else was changed, but the enum values added and committed first stay ("
                + String.join("; ", enumValues.stream().map(v -> v.strip().replaceFirst(";$", "")).toList())
                + "); they are harmless while nothing uses them, and the next push will not add them again";
    }
}
