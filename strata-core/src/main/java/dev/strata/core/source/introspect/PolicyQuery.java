package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.Policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Row-level security policies of every table in scope, in one query. */
final class PolicyQuery {
    private static final String SQL = """
            SELECT p.polrelid, p.polname, p.polpermissive, p.polcmd,
                   ARRAY(SELECT CASE WHEN r.role = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r.role)::text END
                         FROM pg_catalog.unnest(p.polroles) r(role)) AS roles,
                   pg_catalog.pg_get_expr(p.polqual, p.polrelid, true) AS using_expr,
                   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_expr
            FROM pg_catalog.pg_policy p
            JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s
            ORDER BY p.polrelid, p.polname""";

    private PolicyQuery() {
    }

    static List<PolicyRow> run(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.relation("n.nspname", "c.relname");
        return catalog.query(String.format(SQL, scope.sql()), scope.binds(), PolicyQuery::row);
    }

    private static PolicyRow row(ResultSet rs) throws SQLException {
        String command = switch (rs.getString("polcmd")) {
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> "ALL";
        };
        return new PolicyRow(rs.getLong("polrelid"), new Policy(rs.getString("polname"), rs.getBoolean("polpermissive"),
                command, Catalog.strings(rs, "roles"), rs.getString("using_expr"), rs.getString("check_expr")));
    }
}
