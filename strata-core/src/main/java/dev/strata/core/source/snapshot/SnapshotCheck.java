package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An entry of a table's {@code checkConstraints}.
 *
 * @param value    the SQL condition
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotCheck(String name, String value, List<String> keyOrder) {
    public SnapshotCheck {
        Copies.required(name, "name");
        Copies.required(value, "value");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotCheck(String name, String value) {
        this(name, value, List.of());
    }
}
