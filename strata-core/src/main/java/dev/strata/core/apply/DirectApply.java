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
 * so a failing statement leaves the database as it was.
 */
public final class DirectApply {
    private DirectApply() {
    }

    /** Runs {@code statements} in order in one transaction; nothing is recorded in the tracking table. */
    public static void run(Connection c, TrackingTable lockOwner, List<String> statements) {
        try (AdvisoryLock lock = AdvisoryLock.acquire(c, lockOwner, MigrateOptions.DEFAULT_LOCK_TIMEOUT, event -> { })) {
            c.setAutoCommit(false);
            try (Statement jdbc = c.createStatement()) {
                for (int i = 0; i < statements.size(); i++) {
                    execute(c, jdbc, statements, i);
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StrataException.Database(Problem.of("push.failed", "push failed: " + e.getMessage(),
                    "check the server log").withState("nothing was changed"), e);
        }
    }

    private static void execute(Connection c, Statement jdbc, List<String> statements, int i) throws SQLException {
        String sql = statements.get(i);
        try {
            jdbc.execute(sql);
        } catch (SQLException e) {
            c.rollback();
            throw new StrataException.Database(new Problem("push.statement-failed", null, 0, sql, e.getSQLState(),
                    "statement " + (i + 1) + " of " + statements.size() + " failed: " + e.getMessage(), null,
                    "change the schema so the statement can run, or migrate the data first; generate a migration "
                            + "and edit it when the change needs data steps", "rolled back: nothing was changed"), e);
        }
    }
}
