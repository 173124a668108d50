package dev.strata.studio;

import dev.strata.core.config.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The studio's connections to the database: a handful kept open between requests (a new
 * connection costs milliseconds the grid should not pay on every page), closed on {@link #close()}.
 * Each borrowed connection comes back in autocommit mode with no transaction open.
 */
final class Database implements AutoCloseable {
    private static final int IDLE_MAX = 8;

    private final DatabaseUrl url;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private final long timeoutMs;

    Database(DatabaseUrl url, long timeoutMs) {
        this.url = url;
        this.timeoutMs = timeoutMs;
    }

    DatabaseUrl url() {
        return url;
    }

    /** A connection to use and give back with {@link #release(Connection)}. */
    Connection borrow() {
        synchronized (idle) {
            if (closed) {
                throw new ApiException(503, "the studio is shutting down", "restart strata studio");
            }
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
        }
        Connection c = url.connect();
        try (java.sql.Statement s = c.createStatement()) {
            // Every statement the studio runs is bounded; the console and edits also SET LOCAL it.
            s.execute("SET statement_timeout = " + timeoutMs + "; SET application_name = 'strata studio'");
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlErrors.toApi(e);
        }
        return c;
    }

    /** Takes a connection back: kept for the next request if it is healthy, else closed. */
    void release(Connection c) {
        try {
            if (c.isClosed()) {
                return;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            c.setReadOnly(false);
            synchronized (idle) {
                if (!closed && idle.size() < IDLE_MAX) {
                    idle.addFirst(c);
                    return;
                }
            }
            c.close();
        } catch (SQLException e) {
            closeQuietly(c);
        }
    }

    /** Runs {@code work} on a borrowed connection and gives it back. */
    <T> T with(Work<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw SqlErrors.toApi(e);
        } finally {
            release(c);
        }
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(Database::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // The connection is being thrown away; nothing more to do.
        }
    }

    /** Something to do with a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
