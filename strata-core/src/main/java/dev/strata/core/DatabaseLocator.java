package dev.strata.core;

import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.embedded.EmbeddedPostgres;
import dev.strata.core.embedded.RunningServer;

import java.util.function.Consumer;

/**
 * Finds the database of a configuration: its URL, or else the project's embedded server (started
 * on first use). Notices about the embedded server (it runs as another user when Strata runs as
 * root, it recovered from a crash...) go to the given consumer, once, when they happen.
 */
public class DatabaseLocator {
    private final Consumer<String> notices;

    public DatabaseLocator() {
        this(notice -> { });
    }

    public DatabaseLocator(Consumer<String> notices) {
        this.notices = notices;
    }

    /** The configured URL, or the embedded server's. */
    public DatabaseUrl locate(StrataConfig config) {
        if (config.url() != null) {
            return config.url();
        }
        RunningServer server = EmbeddedPostgres.forProject(config.projectDir()).ensureRunning();
        server.notices().forEach(notices);
        if (server.start() != RunningServer.Start.REUSED) {
            notices.accept("no database configured (--url, DATABASE_URL, strata.toml): using the embedded PostgreSQL "
                    + server.version() + " at " + server.url().redacted() + " (" + server.start().name().toLowerCase(java.util.Locale.ROOT)
                    + " in " + server.elapsed().toMillis() + " ms; `strata db stop` stops it)");
        }
        return server.url();
    }
}
