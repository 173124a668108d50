package dev.strata.core.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Lists sequences with their settings, last value and owning column, in one query. */
final class SequenceQuery {
    // The last value as the pg_sequences view reads it: only with the privilege, else NULL.
    private static final String SQL = """
            SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   CASE WHEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE')
                        THEN pg_catalog.pg_sequence_last_value(c.oid::regclass) END AS last_value,
                   tn.nspname AS owner_schema, tc.relname AS owner_table, a.attname AS owner_column
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_depend d
                   ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.objsubid = 0
                  AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
            LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE %s
            ORDER BY n.nspname, c.relname""";

    private SequenceQuery() {
    }

    static List<SequenceInfo> run(Catalog catalog, InspectFilter filter) {
        Scope scope = Scope.of(filter, "n.nspname", "c.relname");
        return catalog.query(String.format(SQL, scope.sql()), scope.binds(), SequenceQuery::row);
    }

    private static SequenceInfo row(ResultSet rs) throws SQLException {
        long last = rs.getLong("last_value");
        Long lastValue = rs.wasNull() ? null : last;
        String ownerTable = rs.getString("owner_table");
        String ownedBy = ownerTable == null ? null
                : rs.getString("owner_schema") + "." + ownerTable + "." + rs.getString("owner_column");
        return new SequenceInfo(rs.getString("nspname"), rs.getString("relname"), rs.getString("data_type"),
                rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"),
                rs.getLong("seqcache"), rs.getBoolean("seqcycle"), lastValue, ownedBy);
    }
}
