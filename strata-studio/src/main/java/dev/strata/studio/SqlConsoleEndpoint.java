package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.core.script.SqlSplitter;
import dev.strata.core.script.Statement;
import dev.strata.core.script.UnterminatedSqlException;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/sql}: runs the statements of the console in one transaction with a statement
 * timeout, and returns the last one's result (at most {@link #MAX_ROWS} rows). Without {@code --write}
 * the transaction is {@code READ ONLY} and rolled back, on a connection that is discarded afterwards.
 */
final class SqlConsoleEndpoint {
    static final int MAX_ROWS = 1000;

    private final StudioContext studio;

    SqlConsoleEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void handle(Context ctx) {
        JsonNode body = studio.json().body(ctx);
        String text = body.path("sql").asText("");
        List<Statement> statements = split(text);
        boolean write = studio.options().write();
        statements.forEach(st -> ConsoleGuard.check(st, write));
        long start = System.nanoTime();
        Connection c = studio.database().borrow();
        try {
            Map<String, Object> out = run(c, text, statements, write);
            out.put("elapsedMs", Math.round((System.nanoTime() - start) / 10_000.0) / 100.0);
            studio.json().send(ctx, out);
        } finally {
            if (write) {
                studio.database().release(c);
            } else {
                closeQuietly(c);
            }
        }
    }

    private static List<Statement> split(String text) {
        if (text.isBlank()) {
            throw ApiException.badRequest("no SQL to run", "type a statement, e.g. SELECT now()");
        }
        try {
            List<Statement> statements = SqlSplitter.split(text);
            if (statements.isEmpty()) {
                throw ApiException.badRequest("no SQL to run: only comments", "type a statement, e.g. SELECT now()");
            }
            return statements;
        } catch (UnterminatedSqlException e) {
            throw ApiException.badRequest(e.getMessage(), "close the quote, comment or $$ body");
        }
    }

    private Map<String, Object> run(Connection c, String text, List<Statement> statements, boolean write) {
        Statement current = null;
        try (java.sql.Statement s = c.createStatement()) {
            if (!write) {
                // A second fence: should a COMMIT slip past the splitter, later transactions are read-only too.
                s.execute("SET SESSION default_transaction_read_only = on");
            }
            c.setAutoCommit(false);
            s.execute("SET LOCAL statement_timeout = " + studio.timeoutMs());
            if (!write) {
                s.execute("SET TRANSACTION READ ONLY");
                // A query takes the transaction's snapshot; from then on PostgreSQL refuses
                // SET transaction_read_only = off (SET alone takes none, so it would be allowed).
                s.executeQuery("SELECT 1").close();
            }
            s.setMaxRows(MAX_ROWS + 1);
            Map<String, Object> out = null;
            for (Statement st : statements) {
                current = st;
                out = result(s, s.execute(st.sql()));
            }
            if (write) {
                c.commit();
            } else {
                c.rollback();
            }
            out.put("readOnly", !write);
            return out;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw located(SqlErrors.toApi(e), text, current, statements.size());
        }
    }

    private Map<String, Object> result(java.sql.Statement s, boolean hasResultSet) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        long rowCount;
        if (hasResultSet) {
            try (ResultSet rs = s.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> types = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    types.add(ResultValues.typeName(md, i));
                    columns.add(SchemaJson.map("name", md.getColumnLabel(i), "type", types.get(i - 1)));
                }
                while (rs.next()) {
                    if (rows.size() == MAX_ROWS) {
                        truncated = true;
                        break;
                    }
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= types.size(); i++) {
                        row.add(ResultValues.read(rs, i, types.get(i - 1), studio.json().mapper()));
                    }
                    rows.add(row);
                }
            }
            rowCount = rows.size();
        } else {
            rowCount = Math.max(0, s.getUpdateCount());
        }
        out.put("columns", columns);
        out.put("rows", rows);
        out.put("rowCount", rowCount);
        out.put("truncated", truncated);
        return out;
    }

    /** The error with the statement's number and line when there are several, and the position in the whole text. */
    private static ApiException located(SqlErrors.SqlApiException e, String text, Statement st, int count) {
        if (st == null) {
            return e;
        }
        int offset = Math.max(0, text.indexOf(st.sql()));
        int position = e.position() > 0 ? offset + e.position() : 0;
        String where = count > 1 ? "statement " + st.index() + " (line " + st.line() + "): " : "";
        return new SqlErrors.SqlApiException(e.status(), where + e.getMessage(), e.fix(), e.sqlState(), position);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is in trouble already; the first error is the one to report.
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Discarded either way.
        }
    }
}
