package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Indexes that no constraint owns, and their keys: two queries for all tables in scope. Indexes
 * PostgreSQL creates on partitions for a partitioned table's index are left out.
 */
final class IndexQuery {
    private static final String TABLES = """
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            """;
    private static final String FILTER = """
            WHERE c.relkind IN ('r', 'p', 'm') AND NOT ic.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
              AND %s
            """;
    private static final String INDEXES = """
            SELECT i.indexrelid, i.indrelid, ic.relname, am.amname, i.indisunique, i.indnkeyatts,
                   pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS pred, ic.reloptions, %s AS nulls_not_distinct
            FROM pg_catalog.pg_index i
            """ + TABLES + """
            JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            """ + FILTER + "ORDER BY i.indexrelid";
    private static final String KEYS = """
            SELECT i.indexrelid, k.ord, a.attname,
                   CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true) END AS def,
                   coalesce(k.opt & 1 = 1, false) AS descending, coalesce(k.opt & 2 = 2, false) AS nulls_first,
                   CASE WHEN NOT opc.opcdefault THEN opc.opcname END AS opclass,
                   CASE WHEN k.coll <> 0 AND k.coll <> coalesce(a.attcollation, 0) AND co.collname <> 'default'
                        THEN co.collname END AS collation
            FROM pg_catalog.pg_index i
            CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indoption::int2[], i.indclass::oid[], i.indcollation::oid[])
                 WITH ORDINALITY AS k(attnum, opt, opclass, coll, ord)
            """ + TABLES + """
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
            LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = k.opclass
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll
            """ + FILTER + "ORDER BY i.indexrelid, k.ord";

    private IndexQuery() {
    }

    static List<IndexRow> indexes(Catalog catalog, Scopes scopes, int serverMajor) {
        Scope scope = scopes.relation("n.nspname", "c.relname");
        String nullsNotDistinct = serverMajor >= 15 ? "i.indnullsnotdistinct" : "false";
        return catalog.query(String.format(INDEXES, nullsNotDistinct, scope.sql()), scope.binds(), IndexQuery::index);
    }

    static List<IndexKeyRow> keys(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.relation("n.nspname", "c.relname");
        return catalog.query(String.format(KEYS, scope.sql()), scope.binds(), IndexQuery::key);
    }

    private static IndexRow index(ResultSet rs) throws SQLException {
        return new IndexRow(rs.getLong("indexrelid"), rs.getLong("indrelid"), rs.getString("relname"),
                rs.getBoolean("indisunique"), rs.getString("amname"), rs.getInt("indnkeyatts"), rs.getString("pred"),
                Rows.options(rs, "reloptions"), rs.getBoolean("nulls_not_distinct"));
    }

    private static IndexKeyRow key(ResultSet rs) throws SQLException {
        return new IndexKeyRow(rs.getLong("indexrelid"), rs.getInt("ord"), rs.getString("attname"), rs.getString("def"),
                rs.getBoolean("descending"), rs.getBoolean("nulls_first"), rs.getString("opclass"), rs.getString("collation"));
    }
}
