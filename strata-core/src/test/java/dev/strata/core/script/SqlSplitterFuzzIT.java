package dev.strata.core.script;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting never changes what PostgreSQL executes. For generated scripts full of {@code ;} in
 * strings, dollar bodies, E-strings, nested comments, parentheses, BEGIN ATOMIC bodies and
 * breakpoint markers, the rows written when each split statement runs on its own equal the rows
 * written when PostgreSQL itself lexes the whole file. The whole-file oracle is the server's
 * lexer: the text is handed to PL/pgSQL's {@code EXECUTE}, which runs every command of a
 * multi-command string through SPI (pgjdbc and psql would split it client-side first).
 */
@ExtendWith(PostgresExtension.class)
class SqlSplitterFuzzIT {
    private static final String[] LITERALS = {
        "'a;b'", "'it''s; here'", "E'it\\'s; \\\\ here'", "$$;$$", "$tag$ $$ ; '$tag$", "'--> statement-breakpoint'",
        "'/* ; */'", "'-- ; not a comment'", "$q$ -- ; \n /* $q$", "'multi\nline;\nstring'", "\"left\"('x;y')",
        "e'\\n;'", "'(;)'", "$a1$ ( ; ) $a1$", "U&'d\\0061t;a'", "'$$'",
    };
    private static final String[] SEPARATORS = {
        "\n", " ", "\n--> statement-breakpoint\n", "--> statement-breakpoint\n", "\n-- comment ; with 'quote and $$\n",
        "/* nested /* ; ' */ still */", "\r\n", "\n\n/* ; */\n",
    };

    @Test
    void splitStatementsWriteExactlyWhatTheWholeFileWrites(TestDatabase db) throws SQLException {
        long seed = Long.getLong("strata.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        try (Connection c = db.connect()) {
            c.createStatement().execute("CREATE FUNCTION run_whole(t text) RETURNS void LANGUAGE plpgsql AS $f$ BEGIN EXECUTE t; END $f$;"
                    + "CREATE TABLE log (run int, n int, v text)");
            for (int iteration = 0; iteration < 300; iteration++) {
                String script = script(random, iteration);
                List<Statement> statements = SqlSplitter.split(script);
                try {
                    runWhole(c, script);
                    runSplit(c, statements);
                } catch (SQLException e) {
                    throw new AssertionError("seed " + seed + ", iteration " + iteration + ": " + e.getMessage()
                            + "\nscript:\n" + script + "\nstatements: " + statements, e);
                }
                assertThat(rows(c, 2)).as("seed %d, iteration %d, script:%n%s%nstatements: %s", seed, iteration, script, statements)
                        .isEqualTo(rows(c, 1));
                c.createStatement().execute("TRUNCATE log");
            }
        }
    }

    private static String script(Random random, int iteration) {
        StringBuilder out = new StringBuilder();
        int count = 1 + random.nextInt(8);
        for (int n = 0; n < count; n++) {
            out.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            out.append(statement(random, iteration * 100 + n));
        }
        return out.append(SEPARATORS[random.nextInt(SEPARATORS.length)]).toString();
    }

    private static String statement(Random random, int n) {
        String lit = LITERALS[random.nextInt(LITERALS.length)];
        String value = lit.startsWith("\"left\"") ? "left('x;y', 2)" : lit;
        return switch (random.nextInt(6)) {
            case 0 -> "INSERT INTO log (run, n, v) VALUES (RUN, " + n + ", " + value + ");";
            case 1 -> "INSERT INTO log (run, n, v)\n  SELECT RUN, " + n + ", (" + value + ") /* ; */ ;";
            case 2 -> "DO $d$ BEGIN INSERT INTO log VALUES (RUN, " + n + ", " + value.replace("$$", "$x$") + "); END $d$;";
            case 3 -> "INSERT INTO log VALUES (RUN, " + n + ", CASE WHEN true THEN " + value + " ELSE 'no;' END); -- trailing ;\n";
            case 4 -> "CREATE OR REPLACE FUNCTION f" + n + "() RETURNS text LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN 1 > 0 THEN "
                    + value + " ELSE 'x;' END;\nEND;\nINSERT INTO log VALUES (RUN, " + n + ", f" + n + "());";
            default -> "INSERT INTO log VALUES (RUN, " + n + ", (SELECT string_agg(x, ';') FROM (VALUES (" + value + "), ('b;')) v(x)));";
        };
    }

    private static void runWhole(Connection c, String script) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT run_whole(?)")) {
            ps.setString(1, script.replace("RUN", "1"));
            ps.execute();
        }
    }

    private static void runSplit(Connection c, List<Statement> statements) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            for (Statement s : statements) {
                st.execute(s.sql().replace("RUN", "2"));
            }
        }
    }

    private static List<String> rows(Connection c, int run) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n, v FROM log WHERE run = ? ORDER BY n, v")) {
            ps.setInt(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + "|" + rs.getString(2));
                }
            }
        }
        return out;
    }
}
