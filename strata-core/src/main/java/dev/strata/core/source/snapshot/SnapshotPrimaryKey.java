package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An entry of a table's {@code compositePrimaryKeys} (a single-column primary key is a column flag instead).
 *
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotPrimaryKey(String name, List<String> columns, List<String> keyOrder) {
    public SnapshotPrimaryKey {
        Copies.required(name, "name");
        columns = Copies.list(columns, "columns");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotPrimaryKey(String name, List<String> columns) {
        this(name, columns, List.of());
    }
}
