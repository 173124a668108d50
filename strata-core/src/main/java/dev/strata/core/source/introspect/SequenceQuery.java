package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.SequenceOptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Every sequence in the schemas in scope with its options and owning column, in one query. */
final class SequenceQuery {
    private static final String SQL = """
            SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
                   s.seqincrement, s.seqstart, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   dep.deptype, own_n.nspname AS owner_schema, own_c.relname AS owner_table, own_a.attname AS owner_column
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid
                  AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class own_c ON own_c.oid = dep.refobjid
            LEFT JOIN pg_catalog.pg_namespace own_n ON own_n.oid = own_c.relnamespace
            LEFT JOIN pg_catalog.pg_attribute own_a ON own_a.attrelid = dep.refobjid AND own_a.attnum = dep.refobjsubid
            WHERE %s AND %s
            ORDER BY n.nspname, c.relname""";

    private SequenceQuery() {
    }

    static List<SequenceRow> run(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.schemaOnly("n.nspname");
        return catalog.query(String.format(SQL, scope.sql(), Scopes.notFromExtension("pg_catalog.pg_class", "c.oid")),
                scope.binds(), SequenceQuery::row);
    }

    private static SequenceRow row(ResultSet rs) throws SQLException {
        String ownerSchema = rs.getString("owner_schema");
        String kind = rs.getString("deptype");
        ColumnRef owner = ownerSchema == null ? null
                : new ColumnRef(new QualifiedName(ownerSchema, rs.getString("owner_table")), rs.getString("owner_column"));
        return new SequenceRow(new QualifiedName(rs.getString("nspname"), rs.getString("relname")), rs.getString("data_type"),
                new SequenceOptions(rs.getLong("seqincrement"), rs.getLong("seqstart"), rs.getLong("seqmin"),
                        rs.getLong("seqmax"), rs.getLong("seqcache"), rs.getBoolean("seqcycle")),
                owner, kind == null ? ' ' : kind.charAt(0));
    }
}
