package dev.strata.core.inspect;

/**
 * One index with its size and how often the planner used it.
 *
 * @param schema     the schema of the index (and of its table)
 * @param table      the indexed table
 * @param name       the index name
 * @param definition its {@code CREATE INDEX} statement ({@code pg_get_indexdef})
 * @param unique     whether it enforces uniqueness
 * @param primary    whether it is the table's primary key
 * @param partial    whether it has a {@code WHERE} predicate
 * @param valid      whether it is usable; {@code false} after a failed {@code CREATE INDEX CONCURRENTLY}
 *                   (drop it and build it again)
 * @param sizeBytes  its size on disk; 0 for the index of a partitioned table, which has no storage
 * @param scans      index scans since statistics were last reset ({@code pg_stat_user_indexes.idx_scan}), or
 *                   {@link #UNKNOWN} when PostgreSQL keeps no statistics for it (partitioned indexes)
 */
public record IndexInfo(
        String schema, String table, String name, String definition, boolean unique, boolean primary,
        boolean partial, boolean valid, long sizeBytes, long scans) {

    /** The scan count of an index PostgreSQL keeps no statistics for. */
    public static final long UNKNOWN = -1;

    /** Whether {@link #scans()} means something. */
    public boolean scansKnown() {
        return scans != UNKNOWN;
    }
}
