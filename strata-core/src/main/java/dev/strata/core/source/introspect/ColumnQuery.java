package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Every column of every relation in scope, in one query. A column of an array type is described by
 * its element type and a dimension count; enum and domain types are named by schema and name.
 */
final class ColumnQuery {
    private static final String SQL = """
            SELECT a.attrelid, a.attnum, a.attname, a.attnotnull, a.attidentity, a.attgenerated, a.attndims,
                   et.typtype AS elem_kind, etn.nspname AS elem_schema, et.typname AS elem_name,
                   (t.typcategory = 'A' AND t.typelem <> 0) AS is_array,
                   pg_catalog.format_type(et.oid, a.atttypmod) AS elem_type,
                   pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
                   CASE WHEN a.attcollation <> et.typcollation THEN co.collname END AS collation,
                   d.description
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
            JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass
                  AND d.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND %s
            ORDER BY a.attrelid, a.attnum""";

    private ColumnQuery() {
    }

    static List<ColumnRow> run(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.relation("n.nspname", "c.relname");
        return catalog.query(String.format(SQL, scope.sql()), scope.binds(), ColumnQuery::row);
    }

    private static ColumnRow row(ResultSet rs) throws SQLException {
        String kind = rs.getString("elem_kind");
        boolean userType = "e".equals(kind) || "d".equals(kind);
        QualifiedName type = userType ? new QualifiedName(rs.getString("elem_schema"), rs.getString("elem_name")) : null;
        int dimensions = rs.getBoolean("is_array") ? Math.max(1, rs.getInt("attndims")) : 0;
        String base = userType ? rs.getString("elem_name") : rs.getString("elem_type");
        String identity = rs.getString("attidentity");
        String generated = rs.getString("attgenerated");
        String defaultExpr = rs.getString("default_expr");
        boolean isGenerated = generated != null && !generated.isBlank();
        return new ColumnRow(rs.getLong("attrelid"), rs.getInt("attnum"), rs.getString("attname"),
                new ColumnType(base, dimensions, type), rs.getBoolean("attnotnull"),
                isGenerated ? null : defaultExpr,
                identity == null || identity.isEmpty() ? ' ' : identity.charAt(0),
                isGenerated ? defaultExpr : null, rs.getString("collation"), rs.getString("description"));
    }
}
