package dev.strata.core.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Lists indexes with their size and scan count, in one query. */
final class IndexQuery {
    private static final String SQL = """
            SELECT n.nspname, t.relname AS table_name, ic.relname AS index_name,
                   pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
                   i.indisunique, i.indisprimary, i.indpred IS NOT NULL AS partial, i.indisvalid,
                   pg_catalog.pg_relation_size(i.indexrelid) AS size, coalesce(s.idx_scan, -1) AS scans
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_stat_all_indexes s ON s.indexrelid = i.indexrelid
            WHERE %s
            ORDER BY n.nspname, t.relname, ic.relname""";

    private IndexQuery() {
    }

    static List<IndexInfo> run(Catalog catalog, InspectFilter filter) {
        Scope scope = Scope.of(filter, "n.nspname", "t.relname");
        return catalog.query(String.format(SQL, scope.sql()), scope.binds(), IndexQuery::row);
    }

    private static IndexInfo row(ResultSet rs) throws SQLException {
        return new IndexInfo(rs.getString("nspname"), rs.getString("table_name"), rs.getString("index_name"),
                rs.getString("definition"), rs.getBoolean("indisunique"), rs.getBoolean("indisprimary"),
                rs.getBoolean("partial"), rs.getBoolean("indisvalid"), rs.getLong("size"), rs.getLong("scans"));
    }
}
