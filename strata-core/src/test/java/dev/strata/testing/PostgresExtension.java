package dev.strata.testing;

import dev.strata.core.config.DatabaseUrl;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Gives each test method a fresh {@link TestDatabase} on the {@link TestServer} and drops it
 * afterwards. The test fails if it left connections open or advisory locks held on its database.
 */
public final class PostgresExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).getOrComputeIfAbsent("db", k -> create(e), TestDatabase.class);
    }

    @Override
    public void afterEach(ExtensionContext e) throws Exception {
        TestDatabase db = e.getStore(NS).remove("db", TestDatabase.class);
        if (db == null) {
            return;
        }
        String leftover = leftovers(db);
        drop(db);
        if (leftover != null) {
            throw new AssertionError("test left " + leftover + " on database " + db.name());
        }
    }

    /** Creates a database with a unique name; usable outside JUnit too. */
    public static TestDatabase create(ExtensionContext e) {
        return create(TestServer.url(), e.getTestMethod().map(m -> m.getName()).orElse("t"));
    }

    /** Creates a database named after {@code label} on {@code server}; drop it with {@link #drop(DatabaseUrl, TestDatabase)}. */
    public static TestDatabase create(DatabaseUrl server, String label) {
        String name = ("strata_" + label.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
        name = name.substring(0, Math.min(name.length(), 40)) + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot create test database " + name + ": " + ex.getMessage(), ex);
        }
        return new TestDatabase(name, server.withDatabase(name));
    }

    private static String leftovers(TestDatabase db) throws SQLException {
        try (Connection c = TestServer.url().connect(); Statement s = c.createStatement()) {
            // Give closing connections a moment to disappear from pg_stat_activity.
            for (int attempt = 0; attempt < 50; attempt++) {
                try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                        + db.name() + "' AND pid <> pg_backend_pid()), (SELECT count(*) FROM pg_locks l JOIN pg_database d"
                        + " ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = '" + db.name() + "')")) {
                    rs.next();
                    long sessions = rs.getLong(1);
                    long locks = rs.getLong(2);
                    if (sessions == 0 && locks == 0) {
                        return null;
                    }
                    if (attempt == 49) {
                        return sessions + " open connection(s) and " + locks + " advisory lock(s)";
                    }
                }
                sleep();
            }
            return null;
        }
    }

    private static void drop(TestDatabase db) throws SQLException {
        drop(TestServer.url(), db);
    }

    /** Drops a database made by {@link #create(DatabaseUrl, String)}, closing its sessions. */
    public static void drop(DatabaseUrl server, TestDatabase db) throws SQLException {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + db.name() + "\" WITH (FORCE)");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
