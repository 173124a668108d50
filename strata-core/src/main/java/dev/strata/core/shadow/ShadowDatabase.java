package dev.strata.core.shadow;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.config.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * A fresh, empty database for one operation; {@link #close()} drops it (or, for a database named with
 * {@code --shadow-url}, empties it). Make one with {@link ShadowDatabases}; use it in try-with-resources.
 */
public final class ShadowDatabase implements AutoCloseable {

    /** Where the shadow database was made. */
    public enum Origin {
        /** On the configured server (--url, DATABASE_URL, strata.toml), whose user may create databases. */
        CONFIGURED_SERVER,
        /** On the project's embedded server: no server was configured, or its user may not create databases. */
        EMBEDDED_SERVER,
        /** On the server named by --shadow-url, whose user may create databases. */
        SHADOW_URL_SERVER,
        /** The database named by --shadow-url itself, emptied before and after use (its user may not create databases). */
        SHADOW_URL_DATABASE
    }

    private final String name;
    private final DatabaseUrl url;
    private final DatabaseUrl maintenance;
    private final Origin origin;
    private final List<String> notices;
    private boolean closed;

    ShadowDatabase(String name, DatabaseUrl url, DatabaseUrl maintenance, Origin origin, List<String> notices) {
        this.name = Objects.requireNonNull(name, "name");
        this.url = Objects.requireNonNull(url, "url");
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.notices = List.copyOf(notices);
    }

    /** The database name, e.g. {@code strata_shadow_sm3k1a_1f2e3d4c}. */
    public String name() {
        return name;
    }

    /** Its URL: connect here to load schema into it. */
    public DatabaseUrl url() {
        return url;
    }

    /** Where it was made. */
    public Origin origin() {
        return origin;
    }

    /** Things to tell the user once (which server was chosen and why); core never prints them itself. */
    public List<String> notices() {
        return notices;
    }

    /** Opens a connection to the shadow database. */
    public Connection connect() {
        return url.connect();
    }

    /**
     * Drops the database, ending any session still connected to it; for {@link Origin#SHADOW_URL_DATABASE},
     * drops everything in it instead. Calling it again does nothing.
     *
     * @throws StrataException.Database when the drop failed (the database is then left behind, and the problem says so)
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (origin == Origin.SHADOW_URL_DATABASE) {
                try (Connection c = url.connect()) {
                    DatabaseEmptying.empty(c);
                }
            } else {
                try (Connection c = maintenance.connect()) {
                    ShadowNames.drop(c, name);
                }
            }
        } catch (SQLException e) {
            throw new StrataException.Database(new Problem("shadow.drop-failed", null, 0, null, e.getSQLState(),
                    "cannot remove the shadow database " + name + " on " + maintenance.host() + ":"
                            + maintenance.port() + ": " + e.getMessage(), null,
                    "drop it by hand: DROP DATABASE \"" + name + "\" WITH (FORCE)", "the shadow database was left behind"), e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + origin + ", " + url.redacted() + ")";
    }
}
