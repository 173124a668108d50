package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An entry of {@code enums}.
 *
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotEnum(String name, String schema, List<String> values, List<String> keyOrder) {
    public SnapshotEnum {
        Copies.required(name, "name");
        Copies.required(schema, "schema");
        values = Copies.list(values, "values");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotEnum(String name, String schema, List<String> values) {
        this(name, schema, values, List.of());
    }
}
