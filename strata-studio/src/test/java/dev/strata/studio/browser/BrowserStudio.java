package dev.strata.studio.browser;

import dev.strata.core.Strata;
import dev.strata.core.config.StrataConfig;
import dev.strata.studio.StudioOptions;
import dev.strata.studio.StudioServer;
import dev.strata.studio.StudioToken;
import dev.strata.testing.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;

/** A studio started in this JVM on a free port over a test database, as {@code strata studio} would. */
final class BrowserStudio implements AutoCloseable {
    private final StudioServer server;
    private final String base;

    private BrowserStudio(StudioServer server, String base) {
        this.server = server;
        this.base = base;
    }

    static BrowserStudio start(TestDatabase db, boolean write, Path migrations) {
        Strata strata = new Strata(StrataConfig.of(db.url(), migrations));
        StudioServer server = new StudioServer(new StudioOptions("127.0.0.1", 0, write, Duration.ofSeconds(10),
                StudioToken.random()), strata);
        return new BrowserStudio(server, server.start());
    }

    /** The URL the command prints: base URL plus {@code ?token=}. */
    String printedUrl() {
        return server.startUrl();
    }

    /** The token, to check it never shows up in the page. */
    String token() {
        return printedUrl().substring(printedUrl().indexOf("?token=") + 7);
    }

    /** {@code http://127.0.0.1:PORT/}. */
    String base() {
        return base;
    }

    @Override
    public void close() {
        server.stop();
    }
}
