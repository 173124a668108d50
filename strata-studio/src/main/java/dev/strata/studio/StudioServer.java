package dev.strata.studio;

import dev.strata.core.Strata;
import dev.strata.core.StrataException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The studio's web server: the single-page app from {@code /studio} on the classpath, WebJars under
 * {@code /webjars/}, and the JSON API under {@code /api/}, all behind the token. Start it, read
 * {@link #url()}, {@link #stop()} it (which also closes its database connections).
 */
public final class StudioServer implements AutoCloseable {
    private final StudioOptions options;
    private final StudioContext studio;
    private final Javalin app;
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
    private String baseUrl;

    /** A server for the database {@code strata} points at; nothing is bound until {@link #start()}. */
    public StudioServer(StudioOptions options, Strata strata) {
        this.options = options;
        this.studio = new StudioContext(options, strata, new Database(strata.databaseUrl(), options.statementTimeout().toMillis()), new Json());
        this.app = Javalin.create(this::configure);
    }

    /** Binds the host and port (0 = a free port) and returns the base URL, e.g. {@code http://127.0.0.1:4983/}. */
    public String start() {
        app.start();
        String host = options.host().contains(":") && !options.host().startsWith("[") ? "[" + options.host() + "]" : options.host();
        baseUrl = "http://" + host + ":" + app.port() + "/";
        return baseUrl;
    }

    /** The base URL, once started. */
    public String url() {
        return baseUrl;
    }

    /** The URL to open: the base URL with the token, which the first visit trades for a cookie. */
    public String startUrl() {
        return baseUrl + "?token=" + options.token();
    }

    /** Stops serving and closes the database connections; calling it again does nothing. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        app.stop();
        studio.database().close();
    }

    @Override
    public void close() {
        stop();
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = options.host();
        config.jetty.port = options.port();
        config.http.maxRequestSize = 4_000_000;
        // The UI's folder; Javalin refuses a missing one, and a build without the UI still serves the API.
        if (StudioServer.class.getResource("/studio") != null) {
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/studio";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
            });
        }
        config.staticFiles.enableWebjars();
        TokenGuard guard = new TokenGuard(options.token());
        config.routes.before(guard::check);
        config.routes.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
        ApiRoutes.register(config.routes, studio);
        config.routes.exception(ApiException.class, this::apiError);
        config.routes.exception(StrataException.class, (e, ctx) -> error(ctx, e instanceof StrataException.Input ? 400 : 500,
                e.problem().message(), e.problem().fix(), null));
        config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error in Strata Studio: " + e,
                "please report it with the steps that led here", null));
    }

    private void apiError(ApiException e, Context ctx) {
        Map<String, Object> extra = null;
        if (e instanceof SqlErrors.SqlApiException s) {
            extra = new LinkedHashMap<>();
            extra.put("sqlState", s.sqlState());
            extra.put("position", s.position());
        }
        error(ctx, e.status(), e.getMessage(), e.fix(), extra);
    }

    private void error(Context ctx, int status, String message, String fix, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("fix", fix);
        if (extra != null) {
            body.putAll(extra);
        }
        ctx.status(status);
        studio.json().send(ctx, body);
    }
}
