package dev.strata.testing;

import dev.strata.core.config.DatabaseUrl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * The PostgreSQL server the tests of this JVM use, chosen once: {@code STRATA_TEST_DATABASE_URL}
 * if set, else a server answering on 127.0.0.1:5432 as user postgres, else the embedded server.
 * {@code STRATA_TEST_DATABASE=embedded} skips the first two, to prove the suite on a bare machine.
 */
public final class TestServer {
    private static DatabaseUrl chosen;
    private static String origin;
    private static DatabaseUrl embedded;

    private TestServer() {
    }

    /** The maintenance-database URL of the chosen server (database {@code postgres}). */
    public static synchronized DatabaseUrl url() {
        if (chosen == null) {
            choose();
        }
        return chosen;
    }

    /**
     * The embedded PostgreSQL (its maintenance database), started once per JVM when first asked for: lets
     * tests cover its major version next to the chosen server's.
     */
    public static synchronized DatabaseUrl embedded() {
        if ("embedded".equals(origin())) {
            return chosen;
        }
        if (embedded == null) {
            embedded = EmbeddedTestServer.start();
        }
        return embedded;
    }

    /** Where the server came from: "STRATA_TEST_DATABASE_URL", "127.0.0.1:5432" or "embedded". */
    public static synchronized String origin() {
        url();
        return origin;
    }

    private static void choose() {
        String env = System.getenv("STRATA_TEST_DATABASE_URL");
        if (env != null && !env.isBlank()) {
            chosen = DatabaseUrl.parse(env);
            origin = "STRATA_TEST_DATABASE_URL";
            return;
        }
        DatabaseUrl local = DatabaseUrl.parse("postgres://postgres@127.0.0.1:5432/postgres");
        boolean forceEmbedded = "embedded".equals(System.getenv("STRATA_TEST_DATABASE"));
        if (!forceEmbedded && answers(local)) {
            chosen = local;
            origin = "127.0.0.1:5432";
            return;
        }
        chosen = EmbeddedTestServer.start();
        origin = "embedded";
    }

    private static boolean answers(DatabaseUrl url) {
        Properties props = url.driverProperties();
        props.setProperty("connectTimeout", "2");
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), props)) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
