package dev.strata.core.embedded;

import dev.strata.core.config.DatabaseUrl;

import java.nio.file.Path;

/**
 * What {@code strata db status} shows about a project's embedded server.
 *
 * @param state         running, stopped, crashed or not created
 * @param url           the maintenance database URL when running, else {@code null}
 * @param pid           the postmaster pid when running (or the dead one when crashed), else 0
 * @param port          the port it listens on, or last listened on; 0 when never started
 * @param version       the PostgreSQL version, or {@code null} when not created
 * @param dataDirectory the data folder, or {@code null} when not created
 * @param logFile       the server log, or {@code null} when not created
 * @param user          the OS user it runs as, or {@code null} when not created
 */
public record ServerStatus(State state, DatabaseUrl url, long pid, int port, String version, Path dataDirectory,
                           Path logFile, String user) {

    /** The life stages of an embedded server. */
    public enum State {
        /** The server runs and accepts connections at {@code url}. */
        RUNNING,
        /** The data exists and the server is stopped; any command that needs it starts it again. */
        STOPPED,
        /**
         * The server ended without a clean stop (killed, crashed, machine rebooted). Nothing to do: the
         * next start recovers the data the way PostgreSQL recovers from a power cut.
         */
        CRASHED,
        /** No embedded server was made for this project yet; the first command that needs one makes it. */
        NOT_CREATED
    }

    static ServerStatus notCreated() {
        return new ServerStatus(State.NOT_CREATED, null, 0, 0, null, null, null, null);
    }
}
