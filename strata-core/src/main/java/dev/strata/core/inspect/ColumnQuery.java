package dev.strata.core.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Lists the columns of one relation. The relation is matched in a subquery and the columns joined to it,
 * so a relation without columns gives one row of NULLs and a missing one gives no row at all.
 */
final class ColumnQuery {
    private static final String SQL = """
            SELECT a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_value,
                   CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
                   a.attidentity,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
                   d.description
            FROM (SELECT c.oid FROM pg_catalog.pg_class c
                  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ? AND c.relname = ?) r
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
            ORDER BY a.attnum""";

    private ColumnQuery() {
    }

    /** The columns, or {@code null} when no such relation exists. */
    static List<ColumnInfo> run(Catalog catalog, TableName table) {
        List<ColumnInfo> rows = catalog.query(SQL, List.of(table.schema(), table.name()), ColumnQuery::row);
        if (rows.isEmpty()) {
            return null;
        }
        // A relation without columns: the one row the outer join made.
        return rows.get(0) == null ? List.of() : rows;
    }

    private static ColumnInfo row(ResultSet rs) throws SQLException {
        int position = rs.getInt("attnum");
        if (rs.wasNull()) {
            return null;
        }
        return new ColumnInfo(position, rs.getString("attname"), rs.getString("type"), !rs.getBoolean("attnotnull"),
                rs.getString("default_value"), ColumnInfo.Identity.ofAttidentity(rs.getString("attidentity")),
                rs.getString("generated"), rs.getString("collation"), rs.getString("description"));
    }
}
