package dev.strata.core.inspect;

import dev.strata.core.model.ReferentialAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Lists foreign keys in one query. The copies PostgreSQL keeps on partitions (and for each partition of
 * a referenced partitioned table) have a parent constraint and are left out.
 */
final class ForeignKeyQuery {
    private static final String SQL = """
            SELECT con.conname, fn.nspname AS from_schema, fc.relname AS from_table,
                   ARRAY(SELECT a.attname::text FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS from_columns,
                   tn.nspname AS to_schema, tc.relname AS to_table,
                   ARRAY(SELECT a.attname::text FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS to_columns,
                   con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred, con.convalidated
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class fc ON fc.oid = con.conrelid
            JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
            JOIN pg_catalog.pg_class tc ON tc.oid = con.confrelid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
            WHERE con.contype = 'f' AND con.conparentid = 0 AND %s
            ORDER BY fn.nspname, fc.relname, con.conname""";

    private ForeignKeyQuery() {
    }

    static List<ForeignKeyInfo> run(Catalog catalog, InspectFilter filter) {
        Scope scope = Scope.of(filter, "fn.nspname", "fc.relname", "tc.relname");
        return catalog.query(String.format(SQL, scope.sql()), scope.binds(), ForeignKeyQuery::row);
    }

    private static ForeignKeyInfo row(ResultSet rs) throws SQLException {
        return new ForeignKeyInfo(rs.getString("conname"),
                new TableName(rs.getString("from_schema"), rs.getString("from_table")), Catalog.strings(rs, "from_columns"),
                new TableName(rs.getString("to_schema"), rs.getString("to_table")), Catalog.strings(rs, "to_columns"),
                ReferentialAction.ofCode(rs.getString("confdeltype")), ReferentialAction.ofCode(rs.getString("confupdtype")),
                rs.getBoolean("condeferrable"), rs.getBoolean("condeferred"), rs.getBoolean("convalidated"));
    }
}
