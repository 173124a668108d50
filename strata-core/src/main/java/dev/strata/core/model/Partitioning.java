package dev.strata.core.model;

/**
 * How a table takes part in declarative partitioning. Strata recognises partitioned tables and
 * partitions so it never mistakes them for plain ones; it does not diff partition layouts.
 *
 * @param key    the partition key of a partitioned table ({@code RANGE (created_at)}), or {@code null}
 * @param parent the partitioned table this one is a partition of, or {@code null}
 * @param bound  the partition bound ({@code FOR VALUES FROM (...) TO (...)}), or {@code null}
 */
public record Partitioning(String key, QualifiedName parent, String bound) {
}
