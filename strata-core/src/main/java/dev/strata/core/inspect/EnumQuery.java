package dev.strata.core.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Lists enum types with their labels in sort order, in one query. */
final class EnumQuery {
    private static final String SQL = """
            SELECT n.nspname, t.typname,
                   coalesce(pg_catalog.array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
                            FILTER (WHERE e.enumlabel IS NOT NULL), '{}') AS labels,
                   d.description
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::regclass AND d.objsubid = 0
            WHERE t.typtype = 'e' AND %s
            GROUP BY t.oid, n.nspname, t.typname, d.description
            ORDER BY n.nspname, t.typname""";

    private EnumQuery() {
    }

    static List<EnumInfo> run(Catalog catalog, InspectFilter filter) {
        Scope scope = Scope.of(filter, "n.nspname", "t.typname");
        return catalog.query(String.format(SQL, scope.sql()), scope.binds(), EnumQuery::row);
    }

    private static EnumInfo row(ResultSet rs) throws SQLException {
        return new EnumInfo(rs.getString("nspname"), rs.getString("typname"), Catalog.strings(rs, "labels"),
                rs.getString("description"));
    }
}
