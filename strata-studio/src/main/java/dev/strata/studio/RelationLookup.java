package dev.strata.studio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a relation and its columns in {@code pg_catalog} by name, in one query. Names come from the
 * request and are only ever bound as parameters here; what goes into SQL later is what this returns.
 */
final class RelationLookup {
    private static final String QUERY = """
            SELECT c.relkind, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), t.typcategory, t.typname,
                   a.attnotnull,
                   (SELECT k.n FROM pg_catalog.pg_index i, LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                     WHERE i.indrelid = c.oid AND i.indisprimary AND k.attnum = a.attnum),
                   fk.nspname, fk.relname, fk.attname, c.reltuples::bigint
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
              LEFT JOIN LATERAL (
                SELECT rn.nspname, rc.relname, ra.attname
                  FROM pg_catalog.pg_constraint f
                  JOIN pg_catalog.pg_class rc ON rc.oid = f.confrelid
                  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
                  JOIN pg_catalog.pg_attribute ra ON ra.attrelid = f.confrelid AND ra.attnum = f.confkey[1]
                 WHERE f.conrelid = c.oid AND f.contype = 'f' AND cardinality(f.conkey) = 1 AND f.conkey[1] = a.attnum
                 ORDER BY f.conname LIMIT 1) fk ON true
             WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
             ORDER BY a.attnum""";

    private RelationLookup() {
    }

    /** The relation, or a 400 naming what was not found. */
    static Relation find(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(QUERY)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return read(rs, schema, table);
            }
        }
    }

    private static Relation read(ResultSet rs, String schema, String table) throws SQLException {
        List<RelationColumn> columns = new ArrayList<>();
        List<String> key = new ArrayList<>();
        List<Integer> keyOrder = new ArrayList<>();
        char kind = 0;
        long estimate = -1;
        while (rs.next()) {
            kind = rs.getString(1).charAt(0);
            estimate = rs.getLong(11);
            String name = rs.getString(2);
            RelationColumn.Reference ref = rs.getString(8) == null ? null
                    : new RelationColumn.Reference(rs.getString(8), rs.getString(9), rs.getString(10));
            columns.add(new RelationColumn(name, rs.getString(3), rs.getString(4).charAt(0), rs.getString(5),
                    rs.getBoolean(6), ref));
            int order = rs.getInt(7);
            if (!rs.wasNull()) {
                int at = 0;
                while (at < keyOrder.size() && keyOrder.get(at) < order) {
                    at++;
                }
                keyOrder.add(at, order);
                key.add(at, name);
            }
        }
        if (kind == 0) {
            throw ApiException.badRequest("unknown table " + schema + "." + table,
                    "check the schema and table name on the schema page (names are case-sensitive)");
        }
        return new Relation(schema, table, kind, columns, key, estimate < 0 ? null : estimate);
    }
}
