package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Tables, partitioned tables, views and materialized views, in one query. */
final class RelationQuery {
    private static final String SQL = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, d.description,
                   CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partkey,
                   pn.nspname AS parent_schema, pc.relname AS parent_name,
                   CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS bound,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END AS viewdef,
                   c.reloptions, c.relispopulated,
                   CASE WHEN c.relkind IN ('v', 'm') THEN ARRAY(
                       SELECT DISTINCT dep.refobjid FROM pg_catalog.pg_rewrite r
                       JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_rewrite'::regclass AND dep.objid = r.oid
                        AND dep.refclassid = 'pg_catalog.pg_class'::regclass
                       WHERE r.ev_class = c.oid AND dep.refobjid <> c.oid) END AS depends_on
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
            LEFT JOIN pg_catalog.pg_inherits inh ON c.relispartition AND inh.inhrelid = c.oid
            LEFT JOIN pg_catalog.pg_class pc ON pc.oid = inh.inhparent
            LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND %s AND %s
            ORDER BY c.oid""";

    private RelationQuery() {
    }

    static List<RelationRow> run(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.relation("n.nspname", "c.relname");
        return catalog.query(String.format(SQL, scope.sql(), Scopes.notFromExtension("pg_catalog.pg_class", "c.oid")),
                scope.binds(), RelationQuery::row);
    }

    private static RelationRow row(ResultSet rs) throws SQLException {
        String parentSchema = rs.getString("parent_schema");
        return new RelationRow(rs.getLong("oid"), new QualifiedName(rs.getString("nspname"), rs.getString("relname")),
                rs.getString("relkind").charAt(0), rs.getBoolean("relrowsecurity"), rs.getBoolean("relforcerowsecurity"),
                rs.getString("description"), rs.getString("partkey"),
                parentSchema == null ? null : new QualifiedName(parentSchema, rs.getString("parent_name")),
                rs.getString("bound"), rs.getString("viewdef"), Rows.options(rs, "reloptions"),
                rs.getBoolean("relispopulated"), Rows.oids(rs, "depends_on"));
    }
}
