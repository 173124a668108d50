package dev.strata.core.shadow;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.embedded.EmbeddedPostgres;
import dev.strata.core.embedded.RunningServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes {@link ShadowDatabase}s.
 *
 * <pre>{@code
 * try (ShadowDatabase shadow = ShadowDatabases.create(config.url(), projectDir)) {
 *     shadow.notices().forEach(err::println);
 *     ... load schema.sql into shadow.url() and introspect it ...
 * } // dropped here
 * }</pre>
 */
public final class ShadowDatabases {
    /** Shadow databases on the embedded server older than this are leftovers of killed processes. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(12);
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private ShadowDatabases() {
    }

    /**
     * A fresh, empty database on {@code server} when its user may create databases, else on the embedded
     * server of {@code projectDir} (started if needed).
     *
     * @param server     the configured server (any database on it serves to connect), or {@code null} when none is configured
     * @param projectDir the project whose embedded server is the fallback
     */
    public static ShadowDatabase create(DatabaseUrl server, Path projectDir) {
        List<String> notices = new ArrayList<>();
        if (server != null) {
            ShadowDatabase onServer = tryCreate(server, ShadowDatabase.Origin.CONFIGURED_SERVER);
            if (onServer != null) {
                return onServer;
            }
            notices.add("user " + server.user() + " may not create databases on " + server.host() + ":" + server.port()
                    + ", so the shadow database is on Strata's embedded PostgreSQL instead");
        }
        RunningServer embedded = EmbeddedPostgres.forProject(projectDir).ensureRunning();
        notices.addAll(0, embedded.notices());
        DatabaseUrl url = embedded.url();
        String name = ShadowNames.newName(Instant.now());
        try (Connection c = url.connect()) {
            // The embedded server is Strata's own: clear what killed processes left there.
            ShadowNames.dropOlderThan(c, LEFTOVER_AGE, Instant.now());
            ShadowNames.create(c, name);
        } catch (SQLException e) {
            throw createFailed(name, url, e);
        }
        return new ShadowDatabase(name, url.withDatabase(name), url, ShadowDatabase.Origin.EMBEDDED_SERVER, notices);
    }

    /**
     * The shadow database for {@code --shadow-url}: a fresh database beside the named one when its user
     * may create databases; otherwise the named database itself, emptied before and after use. A named
     * database is only taken if it is empty or Strata marked it on an earlier use.
     *
     * @throws StrataException.Input when the named database holds objects Strata did not put there
     */
    public static ShadowDatabase fromShadowUrl(DatabaseUrl shadowUrl) {
        ShadowDatabase sibling = tryCreate(shadowUrl, ShadowDatabase.Origin.SHADOW_URL_SERVER);
        if (sibling != null) {
            return sibling;
        }
        try (Connection c = shadowUrl.connect()) {
            DatabaseEmptying.prepare(c);
        } catch (SQLException e) {
            throw new StrataException.Database(new Problem("shadow.prepare-failed", null, 0, null, e.getSQLState(),
                    "cannot empty the --shadow-url database " + shadowUrl.redacted() + ": " + e.getMessage(), null,
                    "give its user ownership of that database, or point --shadow-url at one it owns",
                    "nothing was applied"), e);
        }
        return new ShadowDatabase(shadowUrl.database(), shadowUrl, shadowUrl, ShadowDatabase.Origin.SHADOW_URL_DATABASE,
                List.of("user " + shadowUrl.user() + " may not create databases, so Strata uses the database "
                        + shadowUrl.database() + " itself as the shadow and empties it after use"));
    }

    /** A new database on {@code server}, or {@code null} when its user may not create one. */
    private static ShadowDatabase tryCreate(DatabaseUrl server, ShadowDatabase.Origin origin) {
        String name = ShadowNames.newName(Instant.now());
        try (Connection c = server.connect()) {
            if (!ShadowNames.mayCreateDatabases(c)) {
                return null;
            }
            ShadowNames.create(c, name);
            return new ShadowDatabase(name, server.withDatabase(name), server, origin, List.of());
        } catch (SQLException e) {
            if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                return null; // CREATEDB on paper, refused in practice (hosted servers): treat as not allowed
            }
            throw createFailed(name, server, e);
        }
    }

    private static StrataException createFailed(String name, DatabaseUrl server, SQLException e) {
        return new StrataException.Database(new Problem("shadow.create-failed", null, 0,
                "CREATE DATABASE " + ShadowNames.quote(name) + " TEMPLATE template0", e.getSQLState(),
                "cannot create the shadow database on " + server.redacted() + ": " + e.getMessage(), null,
                "check that the server accepts new databases (disk space, max connections), or set --shadow-url",
                "nothing was created"), e);
    }
}
