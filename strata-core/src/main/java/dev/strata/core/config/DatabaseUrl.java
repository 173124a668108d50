package dev.strata.core.config;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL location, parsed once from any of the spellings users have: libpq/Neon URLs
 * ({@code postgres://user:pass@host:5432/db?sslmode=require}, {@code postgresql://...}) and JDBC
 * URLs ({@code jdbc:postgresql://host/db?user=u&password=p}). The password never appears in
 * {@link #toString()} or {@link #redacted()}.
 *
 * @param host       host name, or the first of a comma-separated list
 * @param port       port, 5432 when not given
 * @param database   database name
 * @param user       user name, or {@code null} for the driver's default
 * @param password   password, or {@code null}
 * @param parameters other query parameters, passed to the driver as properties
 */
public record DatabaseUrl(
        String host, int port, String database, String user, String password, Map<String, String> parameters) {

    private static final Pattern URL = Pattern.compile(
            "^(?:jdbc:)?(postgres|postgresql)://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?:]*|\\[[^]]*\\])(?::(\\d+))?(?:/([^?]*))?(?:\\?(.*))?$");

    public DatabaseUrl {
        if (host == null || host.isBlank()) {
            host = "localhost";
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("a database URL needs a database name");
        }
        // in the order written: the URL is printed back in messages and in a pulled baseline's header
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    }

    /** Parses a URL, failing with a message that shows the URL with its password hidden. */
    public static DatabaseUrl parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = URL.matcher(trimmed);
        if (!m.matches()) {
            throw new StrataException.Input(Problem.of("config.bad-url",
                    "not a PostgreSQL URL: " + redact(trimmed),
                    "write it as postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database"));
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(7) != null) {
            for (String pair : m.group(7).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.put(key, value);
            }
        }
        String user = m.group(2) == null || m.group(2).isEmpty() ? params.remove("user") : decode(m.group(2));
        String password = m.group(3) == null ? params.remove("password") : decode(m.group(3));
        params.remove("user");
        params.remove("password");
        int port = m.group(5) == null ? 5432 : Integer.parseInt(m.group(5));
        String database = m.group(6) == null || m.group(6).isEmpty() ? user : decode(m.group(6));
        if (database == null) {
            throw new StrataException.Input(Problem.of("config.bad-url",
                    "the URL names no database: " + redact(trimmed),
                    "add the database name after the host, e.g. postgres://host:5432/mydb"));
        }
        return new DatabaseUrl(m.group(4), port, database, user, password, params);
    }

    /**
     * Whether the host is a known transaction pooler endpoint (Neon's {@code -pooler} hosts,
     * Supabase's pooler on port 6543), where session advisory locks do not hold.
     */
    public boolean looksPooled() {
        return host.contains("-pooler.") || host.endsWith(".pooler.supabase.com") || port == 6543;
    }

    /** This URL with a driver parameter added, unless the URL already sets it. */
    public DatabaseUrl withDefaultParameter(String key, String value) {
        if (parameters.containsKey(key)) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(key, value);
        return new DatabaseUrl(host, port, database, user, password, more);
    }

    /** The same server, another database. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(host, port, otherDatabase, user, password, parameters);
    }

    /** {@code jdbc:postgresql://host:port/db} without user, password or parameters. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Properties for pgjdbc: user, password, the URL's parameters (libpq names mapped). */
    public Properties driverProperties() {
        Properties props = new Properties();
        parameters.forEach((k, v) -> props.setProperty(driverName(k), v));
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.putIfAbsent("ApplicationName", "strata");
        return props;
    }

    /** Opens a connection, or fails with {@link StrataException.Unavailable} naming the server. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(jdbcUrl(), driverProperties());
        } catch (SQLException e) {
            throw new StrataException.Unavailable(new Problem("database.unreachable", null, 0, null,
                    e.getSQLState(), "cannot connect to " + redacted() + ": " + e.getMessage(), null,
                    "check that the server is running and the URL (--url, DATABASE_URL or strata.toml) is right",
                    "nothing was applied"), e);
        }
    }

    /** {@code postgres://user:***@host:port/db?params}: safe for output and logs. */
    public String redacted() {
        StringBuilder out = new StringBuilder("postgres://");
        if (user != null) {
            out.append(user);
            if (password != null) {
                out.append(":***");
            }
            out.append('@');
        }
        out.append(host).append(':').append(port).append('/').append(database);
        if (!parameters.isEmpty()) {
            out.append('?');
            parameters.forEach((k, v) -> out.append(k).append('=').append(isSecret(k) ? "***" : v).append('&'));
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** {@code postgres://user:password@host:port/db}: for handing to other tools (psql, drizzle). */
    public String libpqUrl() {
        StringBuilder out = new StringBuilder("postgresql://");
        if (user != null) {
            out.append(encode(user));
            if (password != null) {
                out.append(':').append(encode(password));
            }
            out.append('@');
        }
        return out.append(host).append(':').append(port).append('/').append(encode(database)).toString();
    }

    @Override
    public String toString() {
        return redacted();
    }

    /** Hides the password in any URL-looking text, for messages about URLs that did not parse. */
    public static String redact(String text) {
        return text.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static boolean isSecret(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.equals("sslpassword");
    }

    private static String driverName(String libpqName) {
        return switch (libpqName) {
            case "application_name" -> "ApplicationName";
            case "connect_timeout" -> "connectTimeout";
            case "sslrootcert" -> "sslrootcert";
            default -> libpqName;
        };
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
