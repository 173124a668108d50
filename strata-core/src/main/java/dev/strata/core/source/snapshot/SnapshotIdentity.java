package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An identity column's {@code identity}. The numbers are strings, as drizzle writes them; a {@code null} option was
 * absent from the file.
 *
 * @param type     {@code always} or {@code byDefault}
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotIdentity(
        String type,
        String name,
        String schema,
        String increment,
        String startWith,
        String minValue,
        String maxValue,
        String cache,
        Boolean cycle,
        List<String> keyOrder) {

    public SnapshotIdentity {
        Copies.required(type, "type");
        Copies.required(name, "name");
        Copies.required(schema, "schema");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotIdentity(String type, String name, String schema, String increment, String startWith,
            String minValue, String maxValue, String cache, Boolean cycle) {
        this(type, name, schema, increment, startWith, minValue, maxValue, cache, cycle, List.of());
    }
}
