package dev.strata.core.source.snapshot;

import java.util.List;
import java.util.Map;

/**
 * An entry of {@code tables}. Maps keep the file's order.
 *
 * @param schema   {@code ""} for public, else the schema name
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning:
 *                 {@code uniqueConstraints}, {@code policies}, {@code checkConstraints} and {@code isRLSEnabled} have
 *                 defaults in drizzle's schema, and one that was absent is written back absent while it holds its
 *                 default.
 */
public record SnapshotTable(
        String name,
        String schema,
        Map<String, SnapshotColumn> columns,
        Map<String, SnapshotIndex> indexes,
        Map<String, SnapshotForeignKey> foreignKeys,
        Map<String, SnapshotPrimaryKey> compositePrimaryKeys,
        Map<String, SnapshotUnique> uniqueConstraints,
        Map<String, SnapshotPolicy> policies,
        Map<String, SnapshotCheck> checkConstraints,
        boolean isRLSEnabled,
        List<String> keyOrder) {

    public SnapshotTable {
        Copies.required(name, "name");
        Copies.required(schema, "schema");
        columns = Copies.map(columns, "columns");
        indexes = Copies.map(indexes, "indexes");
        foreignKeys = Copies.map(foreignKeys, "foreignKeys");
        compositePrimaryKeys = Copies.map(compositePrimaryKeys, "compositePrimaryKeys");
        uniqueConstraints = Copies.map(uniqueConstraints, "uniqueConstraints");
        policies = Copies.map(policies, "policies");
        checkConstraints = Copies.map(checkConstraints, "checkConstraints");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotTable(String name, String schema, Map<String, SnapshotColumn> columns,
            Map<String, SnapshotIndex> indexes, Map<String, SnapshotForeignKey> foreignKeys,
            Map<String, SnapshotPrimaryKey> compositePrimaryKeys, Map<String, SnapshotUnique> uniqueConstraints,
            Map<String, SnapshotPolicy> policies, Map<String, SnapshotCheck> checkConstraints, boolean isRLSEnabled) {
        this(name, schema, columns, indexes, foreignKeys, compositePrimaryKeys, uniqueConstraints, policies,
                checkConstraints, isRLSEnabled, List.of());
    }
}
