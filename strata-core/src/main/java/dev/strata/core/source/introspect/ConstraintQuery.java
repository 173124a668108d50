package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Primary keys, unique constraints, checks and foreign keys of every table in scope, in one query.
 * Copies PostgreSQL keeps on partitions ({@code conparentid <> 0}) and inherited checks are left out.
 */
final class ConstraintQuery {
    private static final String SQL = """
            SELECT con.conrelid, con.conname, con.contype,
                   pg_catalog.array_to_string(con.conkey, ',') AS cols, con.confrelid,
                   tn.nspname AS target_schema, tc.relname AS target_table,
                   pg_catalog.array_to_string(con.confkey, ',') AS target_cols,
                   con.confdeltype, con.confupdtype, con.confmatchtype, con.condeferrable, con.condeferred, con.convalidated,
                   CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid, true) END AS def,
                   %s AS nulls_not_distinct
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class tc ON tc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
            LEFT JOIN pg_catalog.pg_index ix ON ix.indexrelid = con.conindid AND con.contype IN ('p', 'u')
            WHERE con.contype IN ('p', 'u', 'c', 'f') AND con.conparentid = 0 AND con.conislocal AND %s
            ORDER BY con.conrelid, con.conname""";

    private ConstraintQuery() {
    }

    static List<ConstraintRow> run(Catalog catalog, Scopes scopes, int serverMajor) {
        Scope scope = scopes.relation("n.nspname", "c.relname");
        String nullsNotDistinct = serverMajor >= 15 ? "coalesce(ix.indnullsnotdistinct, false)" : "false";
        return catalog.query(String.format(SQL, nullsNotDistinct, scope.sql()), scope.binds(), ConstraintQuery::row);
    }

    private static ConstraintRow row(ResultSet rs) throws SQLException {
        String targetSchema = rs.getString("target_schema");
        return new ConstraintRow(rs.getLong("conrelid"), rs.getString("conname"), rs.getString("contype").charAt(0),
                numbers(rs.getString("cols")), rs.getLong("confrelid"),
                targetSchema == null ? null : new QualifiedName(targetSchema, rs.getString("target_table")),
                numbers(rs.getString("target_cols")), letter(rs, "confdeltype"), letter(rs, "confupdtype"),
                "f".equals(rs.getString("confmatchtype")), rs.getBoolean("condeferrable"), rs.getBoolean("condeferred"),
                rs.getBoolean("convalidated"), rs.getString("def"), rs.getBoolean("nulls_not_distinct"));
    }

    private static List<Integer> numbers(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(Integer::valueOf).toList();
    }

    private static char letter(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isBlank() ? ' ' : value.charAt(0);
    }
}
