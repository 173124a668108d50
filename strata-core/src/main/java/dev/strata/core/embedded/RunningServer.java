package dev.strata.core.embedded;

import dev.strata.core.config.DatabaseUrl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A running embedded server, as {@link EmbeddedPostgres#ensureRunning()} found or made it: all that
 * {@code strata db start} and {@code strata db url} print.
 *
 * @param url           the maintenance database: {@code postgres://postgres@127.0.0.1:PORT/postgres}
 * @param pid           the postmaster's process id
 * @param version       the PostgreSQL version, e.g. {@code 17.2}
 * @param dataDirectory the data folder (PGDATA)
 * @param logFile       the server log
 * @param user          the OS user the server runs as
 * @param start         how this call got the server running
 * @param elapsed       how long the call took
 * @param notices       things to tell the user once, one sentence each (root handling, relocation, crash recovery);
 *                      core never prints, so the caller shows them, on stderr
 */
public record RunningServer(DatabaseUrl url, long pid, String version, Path dataDirectory, Path logFile,
                            String user, Start start, Duration elapsed, List<String> notices) {

    /** How {@link EmbeddedPostgres#ensureRunning()} got the server running. */
    public enum Start {
        /** It was already running; nothing was started. */
        REUSED,
        /** The data existed and the server was started (after a stop, a reboot or a crash). */
        STARTED,
        /** First use: binaries unpacked if needed, a new empty cluster made with initdb, and started. */
        CREATED
    }

    public RunningServer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(start, "start");
        notices = List.copyOf(notices);
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        return url.port();
    }
}
