package dev.strata.core.shadow;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Uses one existing database as the shadow, for users who may not create databases: it is emptied
 * before and after each use. To never empty a database by mistake, Strata only takes one that is
 * empty already, and marks it (a comment on the database) so that later uses may empty it again.
 */
final class DatabaseEmptying {
    static final String MARK = "strata shadow database: Strata drops everything in it before and after each use";

    private static final String USER_OBJECTS = """
            SELECT (SELECT count(*) FROM pg_namespace WHERE nspname NOT IN ('public', 'information_schema')
                                                        AND nspname NOT LIKE 'pg\\_%')
                 + (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public')
                 + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                     WHERE n.nspname = 'public')
                 + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                     WHERE n.nspname = 'public')
                 + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')""";

    private DatabaseEmptying() {
    }

    /** Makes the connected database ready for use as a shadow, or refuses if it holds data Strata did not put there. */
    static void prepare(Connection c) throws SQLException {
        if (isMarked(c)) {
            empty(c);
            return;
        }
        long objects;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(USER_OBJECTS)) {
            rs.next();
            objects = rs.getLong(1);
        }
        if (objects > 0) {
            throw new StrataException.Input(Problem.of("shadow.not-empty",
                    "the --shadow-url database " + c.getCatalog() + " holds " + objects
                            + " schema object(s), and Strata empties its shadow database before and after each use",
                    "point --shadow-url at an empty database kept for Strata (or at a server where its user may "
                            + "create databases); Strata will then mark it and reuse it"));
        }
        try (Statement s = c.createStatement()) {
            s.execute("COMMENT ON DATABASE " + ShadowNames.quote(c.getCatalog()) + " IS '" + MARK + "'");
        } catch (SQLException notOwner) {
            // Only the owner may comment; without the mark the database must simply stay empty between uses.
        }
    }

    /** Drops every schema in the connected database (and so everything in them), then recreates public. */
    static void empty(Connection c) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname <> 'information_schema'"
                     + " AND nspname NOT LIKE 'pg\\_%'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA " + ShadowNames.quote(schema) + " CASCADE");
            }
            s.execute("CREATE SCHEMA IF NOT EXISTS public");
        }
    }

    private static boolean isMarked(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()")) {
            return rs.next() && MARK.equals(rs.getString(1));
        }
    }
}
