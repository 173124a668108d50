package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/edits/preview} shows the SQL of a batch of grid edits; {@code POST /api/edits/apply}
 * runs it in one transaction (all or nothing), only with {@code --write}.
 */
final class EditsEndpoint {
    private final StudioContext studio;

    EditsEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void preview(Context ctx) {
        List<BoundStatement> statements = plan(ctx);
        studio.json().send(ctx, Map.of("statements", statements.stream().map(s -> SchemaJson.map("sql", s.sql(),
                "params", s.params().stream().map(Param::value).toList())).toList()));
    }

    void apply(Context ctx) {
        if (!studio.options().write()) {
            throw new ApiException(403, "studio is read-only", "restart with strata studio --write");
        }
        List<BoundStatement> statements = plan(ctx);
        long rows = studio.database().with(c -> run(c, statements));
        studio.json().send(ctx, SchemaJson.map("applied", statements.size(), "rows", rows));
    }

    private List<BoundStatement> plan(Context ctx) {
        JsonNode body = studio.json().body(ctx);
        String schema = body.path("schema").asText(null);
        String table = body.path("table").asText(null);
        if (schema == null || table == null) {
            throw ApiException.badRequest("the body needs \"schema\" and \"table\"", "send {\"schema\",\"table\",\"edits\":[...]}");
        }
        Relation relation = studio.database().with(c -> RelationLookup.find(c, schema, table));
        return EditPlan.of(relation, body.path("edits"));
    }

    private long run(Connection c, List<BoundStatement> statements) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL statement_timeout = " + studio.timeoutMs());
        }
        long rows = 0;
        int n = 0;
        try {
            for (BoundStatement st : statements) {
                n++;
                try (PreparedStatement ps = c.prepareStatement(st.jdbcSql())) {
                    Param.bindAll(ps, st.params());
                    rows += ps.executeUpdate();
                }
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            c.rollback();
            SqlErrors.SqlApiException failed = SqlErrors.toApi(e);
            throw new SqlErrors.SqlApiException(failed.status(), "edit " + n + " of " + statements.size() + " failed: "
                    + failed.getMessage() + " (nothing was saved: all edits were rolled back)", failed.fix(),
                    failed.sqlState(), 0);
        }
    }
}
