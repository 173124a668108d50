package dev.strata.core.shadow;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names, creates and drops shadow databases over a connection to a server's maintenance database.
 * A name carries its creation time ({@code strata_shadow_<base-36 seconds>_<random>}), so leftovers
 * of a killed process can be told from databases in use.
 */
final class ShadowNames {
    static final String PREFIX = "strata_shadow_";
    private static final Pattern NAME = Pattern.compile("strata_shadow_([0-9a-z]+)_[0-9a-f]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShadowNames() {
    }

    /** A new, unique name. */
    static String newName(Instant now) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return PREFIX + Long.toString(now.getEpochSecond(), 36) + "_" + HexFormat.of().formatHex(bytes);
    }

    /** Whether the connected user may run CREATE DATABASE. */
    static boolean mayCreateDatabases(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Creates an empty database from template0 (template1 may hold objects someone added). */
    static void create(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + quote(name) + " TEMPLATE template0");
        }
    }

    /** Drops a database, ending the sessions still connected to it. */
    static void drop(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseMajorVersion() >= 13) {
                s.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
                return;
            }
            // Before PostgreSQL 13 there is no FORCE: end the sessions first.
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                p.setString(1, name);
                p.execute();
            }
            s.execute("DROP DATABASE IF EXISTS " + quote(name));
        }
    }

    /** Drops shadow databases made more than {@code age} ago: leftovers of killed processes. Returns their names. */
    static List<String> dropOlderThan(Connection c, Duration age, Instant now) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'strata\\_shadow\\_%'")) {
            while (rs.next()) {
                Matcher m = NAME.matcher(rs.getString(1));
                if (m.matches() && Instant.ofEpochSecond(Long.parseLong(m.group(1), 36)).isBefore(now.minus(age))) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String name : stale) {
            drop(c, name);
        }
        return stale;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
