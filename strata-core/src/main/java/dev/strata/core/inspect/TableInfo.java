package dev.strata.core.inspect;

/**
 * One table-like relation with its planner row estimate and its sizes on disk.
 *
 * @param schema      the schema
 * @param name        the relation's name
 * @param kind        table, partitioned table, view, materialized view or foreign table
 * @param rowEstimate {@code pg_class.reltuples} rounded, or {@link #UNKNOWN} when the relation was never
 *                    analyzed or vacuumed (or is a view or foreign table); a partitioned table sums its
 *                    leaf partitions, and is unknown when any of them is
 * @param totalBytes  table, indexes and TOAST together ({@code pg_total_relation_size})
 * @param tableBytes  the heap with its free space and visibility maps, without TOAST
 * @param indexBytes  all its indexes ({@code pg_indexes_size})
 * @param toastBytes  its TOAST table and TOAST index
 * @param rowSecurity whether row-level security is enabled ({@code relrowsecurity})
 * @param comment     {@code COMMENT ON}, or {@code null}
 */
public record TableInfo(
        String schema, String name, RelationKind kind, long rowEstimate, long totalBytes, long tableBytes,
        long indexBytes, long toastBytes, boolean rowSecurity, String comment) {

    /** The row estimate of a relation PostgreSQL has no statistics for. */
    public static final long UNKNOWN = -1;

    public TableInfo {
        if (kind == null) {
            throw new IllegalArgumentException("a table needs a kind");
        }
        if (rowEstimate < UNKNOWN) {
            throw new IllegalArgumentException("row estimate must be -1 (unknown) or more: " + rowEstimate);
        }
    }

    /** Whether {@link #rowEstimate()} means something; if not, {@code ANALYZE} gives it one. */
    public boolean rowEstimateKnown() {
        return rowEstimate != UNKNOWN;
    }

    /** The qualified name. */
    public TableName tableName() {
        return new TableName(schema, name);
    }
}
