package dev.strata.core.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Lists tables, views, materialized views and foreign tables in one query. A partitioned table holds no
 * storage itself, so its sizes and estimate are summed over its leaf partitions (found by walking
 * {@code pg_inherits} once for all of them).
 */
final class TableQuery {
    /**
     * A relation's row estimate, or -1. PostgreSQL 14 and later write -1 for "never analyzed"; 13 writes
     * 0 there too, so on 13 an empty-looking relation that was never analyzed or vacuumed is unknown.
     * The statistics functions are called directly: the pg_stat_all_tables view would be computed for
     * every relation of the database before the join.
     */
    private static final String ESTIMATE = """
            CASE WHEN c.relkind = 'v' OR c.reltuples < 0 THEN -1
                 WHEN c.reltuples = 0 AND c.relpages = 0
                      AND pg_catalog.current_setting('server_version_num')::int < 140000
                      AND pg_catalog.pg_stat_get_last_analyze_time(c.oid) IS NULL
                      AND pg_catalog.pg_stat_get_last_autoanalyze_time(c.oid) IS NULL
                      AND pg_catalog.pg_stat_get_last_vacuum_time(c.oid) IS NULL
                      AND pg_catalog.pg_stat_get_last_autovacuum_time(c.oid) IS NULL THEN -1
                 ELSE pg_catalog.round(c.reltuples)::bigint END""";

    private static final String SQL = """
            WITH RECURSIVE listed AS (
                SELECT c.oid, n.nspname, c.relname, c.relkind, c.relrowsecurity
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND %s
            ), tree(root, relid) AS (
                SELECT l.oid, l.oid FROM listed l WHERE l.relkind = 'p'
                UNION ALL
                SELECT t.root, i.inhrelid FROM tree t JOIN pg_catalog.pg_inherits i ON i.inhparent = t.relid
            ), storage(root, relid) AS (
                SELECT l.oid, l.oid FROM listed l WHERE l.relkind <> 'p'
                UNION ALL
                SELECT t.root, t.relid FROM tree t JOIN pg_catalog.pg_class c ON c.oid = t.relid WHERE c.relkind <> 'p'
            ), estimated AS (
                SELECT s.root, c.oid, c.reltoastrelid, %s AS estimate
                FROM storage s
                JOIN pg_catalog.pg_class c ON c.oid = s.relid
            ), measured AS (
                SELECT e.root,
                       CASE WHEN pg_catalog.bool_or(e.estimate < 0) THEN -1 ELSE pg_catalog.sum(e.estimate) END AS estimate,
                       pg_catalog.sum(pg_catalog.pg_total_relation_size(e.oid)) AS total,
                       pg_catalog.sum(pg_catalog.pg_indexes_size(e.oid)) AS indexes,
                       pg_catalog.sum(CASE WHEN e.reltoastrelid = 0 THEN 0
                                           ELSE pg_catalog.pg_total_relation_size(e.reltoastrelid) END) AS toast
                FROM estimated e
                GROUP BY e.root
            )
            SELECT l.nspname, l.relname, l.relkind, l.relrowsecurity, d.description,
                   coalesce(m.estimate, -1) AS estimate, coalesce(m.total, 0) AS total,
                   coalesce(m.indexes, 0) AS indexes, coalesce(m.toast, 0) AS toast
            FROM listed l
            LEFT JOIN measured m ON m.root = l.oid
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = l.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
            ORDER BY l.nspname, l.relname""";

    private TableQuery() {
    }

    static List<TableInfo> run(Catalog catalog, InspectFilter filter) {
        Scope scope = Scope.of(filter, "n.nspname", "c.relname");
        return catalog.query(String.format(SQL, scope.sql(), ESTIMATE), scope.binds(), TableQuery::row);
    }

    private static TableInfo row(ResultSet rs) throws SQLException {
        long total = rs.getLong("total");
        long indexes = rs.getLong("indexes");
        long toast = rs.getLong("toast");
        return new TableInfo(rs.getString("nspname"), rs.getString("relname"), RelationKind.ofRelkind(rs.getString("relkind")),
                rs.getLong("estimate"), total, total - indexes - toast, indexes, toast, rs.getBoolean("relrowsecurity"),
                rs.getString("description"));
    }
}
