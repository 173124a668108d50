package dev.strata.studio;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the schema model does not hold: each relation's kind, row estimate ({@code pg_class.reltuples})
 * and size ({@code pg_total_relation_size}), and every index with its definition and size
 * ({@code pg_relation_size}), constraint-owned ones included. Two catalog queries for the whole database.
 *
 * @param relations by {@code schema.name}
 * @param indexes   by the {@code schema.name} of their table, in name order
 */
record RelationStats(Map<String, Stats> relations, Map<String, List<IndexStats>> indexes) {
    private static final String SYSTEM = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

    /**
     * One relation's numbers.
     *
     * @param kind        {@code table}, {@code partitioned table}, {@code view}, {@code materialized view} or {@code foreign table}
     * @param rowEstimate the planner's row estimate, or {@code null} when never analyzed
     * @param totalBytes  table, indexes and TOAST together
     * @param rls         whether row-level security is enabled
     */
    record Stats(String kind, Long rowEstimate, long totalBytes, boolean rls) {
    }

    /**
     * One index.
     *
     * @param name       its name
     * @param definition {@code pg_get_indexdef}
     * @param unique     {@code UNIQUE}
     * @param bytes      its size
     */
    record IndexStats(String name, String definition, boolean unique, long bytes) {
    }

    static RelationStats read(Connection c) throws SQLException {
        Map<String, Stats> relations = new HashMap<>();
        Map<String, List<IndexStats>> indexes = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT n.nspname, c.relname, c.relkind, c.reltuples::bigint,"
                    + " pg_catalog.pg_total_relation_size(c.oid), c.relrowsecurity FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p','v','m','f') AND "
                    + SYSTEM)) {
                while (rs.next()) {
                    long tuples = rs.getLong(4);
                    relations.put(rs.getString(1) + "." + rs.getString(2), new Stats(kind(rs.getString(3).charAt(0)),
                            tuples < 0 ? null : tuples, rs.getLong(5), rs.getBoolean(6)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT n.nspname, t.relname, ic.relname, pg_catalog.pg_get_indexdef(i.indexrelid),"
                    + " i.indisunique, pg_catalog.pg_relation_size(i.indexrelid) FROM pg_catalog.pg_index i"
                    + " JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE " + SYSTEM + " ORDER BY ic.relname")) {
                while (rs.next()) {
                    indexes.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>())
                            .add(new IndexStats(rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getLong(6)));
                }
            }
        }
        return new RelationStats(relations, indexes);
    }

    static String kind(char relkind) {
        return switch (relkind) {
            case 'p' -> "partitioned table";
            case 'v' -> "view";
            case 'm' -> "materialized view";
            case 'f' -> "foreign table";
            default -> "table";
        };
    }
}
