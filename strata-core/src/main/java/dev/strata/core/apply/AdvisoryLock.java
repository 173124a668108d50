package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The session advisory lock that serializes Strata runs on one tracking table. Taken by polling
 * {@code pg_try_advisory_lock}, never by a blocking {@code pg_advisory_lock}: a session blocked
 * inside that call holds a snapshot, and {@code CREATE INDEX CONCURRENTLY} run by the lock holder
 * would wait for that snapshot forever.
 */
final class AdvisoryLock implements AutoCloseable {
    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static AdvisoryLock acquire(Connection c, TrackingTable t, Duration timeout, Consumer<ApplyEvent> events)
            throws SQLException {
        long key = t.lockKey();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long pause = 20;
        boolean announced = false;
        while (!tryLock(c, key)) {
            if (!announced) {
                events.accept(new ApplyEvent.LockWaiting(holder(c, key)));
                announced = true;
            }
            if (System.nanoTime() > deadline) {
                throw new StrataException.Unavailable(Problem.of("lock.timeout",
                        "another Strata run (" + holder(c, key) + ") held the migration lock for longer than " + timeout.toSeconds() + " s",
                        "wait for it to finish, or raise --lock-timeout; if that process is gone, its session still "
                                + "holds the lock: end it with SELECT pg_terminate_backend(pid)")
                        .withState("nothing was applied by this run"), null);
            }
            sleep(pause);
            pause = Math.min(pause * 2, 500);
        }
        verifyHeld(c, key);
        events.accept(new ApplyEvent.LockAcquired(Duration.ofNanos(System.nanoTime() - start)));
        return new AdvisoryLock(c, key);
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Behind a transaction pooler the next statement may land on another backend: the lock would not lock. */
    private static void verifyHeld(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_catalog.pg_locks WHERE locktype = 'advisory'"
                + " AND pid = pg_backend_pid() AND classid = ? AND objid = ? AND objsubid = 1 AND granted")) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new StrataException.Unavailable(Problem.of("lock.not-held",
                            "the migration lock was taken but this session does not hold it",
                            "you are probably connected through a transaction pooler (PgBouncer, Neon's -pooler host, "
                                    + "Supabase's port 6543): use the direct database URL for migrations")
                            .withState("nothing was applied"), null);
                }
            }
        }
    }

    private static String holder(Connection c, long key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.pid, a.application_name, a.client_addr, a.backend_start"
                + " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.classid = ? AND l.objid = ? AND l.objsubid = 1 AND l.granted"
                // advisory locks belong to one database: the same key taken in another database is not our holder
                + " AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())")) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return "pid " + rs.getInt(1) + ", " + rs.getString(2)
                            + (rs.getString(3) == null ? "" : " from " + rs.getString(3)) + ", connected " + rs.getTimestamp(4);
                }
            }
        } catch (SQLException e) {
            return "unknown holder";
        }
        return "a process that just released it";
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException.Unavailable(Problem.of("lock.interrupted", "interrupted while waiting for the migration lock",
                    "run again"), e);
        }
    }
}
