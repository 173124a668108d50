package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An entry of {@code sequences}. The numbers are strings, as drizzle writes them; a {@code null} option was absent.
 *
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotSequence(
        String name,
        String schema,
        String increment,
        String startWith,
        String minValue,
        String maxValue,
        String cache,
        Boolean cycle,
        List<String> keyOrder) {

    public SnapshotSequence {
        Copies.required(name, "name");
        Copies.required(schema, "schema");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotSequence(String name, String schema, String increment, String startWith, String minValue,
            String maxValue, String cache, Boolean cycle) {
        this(name, schema, increment, startWith, minValue, maxValue, cache, cycle, List.of());
    }
}
