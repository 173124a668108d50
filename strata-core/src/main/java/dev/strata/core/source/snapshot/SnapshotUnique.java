package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An entry of a table's {@code uniqueConstraints}; a column's {@code .unique()} lands here too.
 *
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotUnique(String name, boolean nullsNotDistinct, List<String> columns, List<String> keyOrder) {
    public SnapshotUnique {
        Copies.required(name, "name");
        columns = Copies.list(columns, "columns");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotUnique(String name, boolean nullsNotDistinct, List<String> columns) {
        this(name, nullsNotDistinct, columns, List.of());
    }
}
