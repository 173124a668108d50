package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * An entry of a table's {@code indexes}.
 *
 * @param where        the rendered predicate, or {@code null} when absent
 * @param concurrently drizzle's default {@code false} when absent from the file
 * @param method       drizzle's default {@code btree} when absent from the file
 * @param with         the storage options object as written ({@code {"fillfactor": 70}}), or {@code null} when absent
 * @param keyOrder     the keys in the order they were read; empty for drizzle's own order. Layout, not meaning:
 *                     a defaulted key that was absent is written back absent while it holds its default.
 */
public record SnapshotIndex(
        String name,
        List<SnapshotIndexColumn> columns,
        boolean isUnique,
        String where,
        boolean concurrently,
        String method,
        JsonNode with,
        List<String> keyOrder) {

    public SnapshotIndex {
        Copies.required(name, "name");
        columns = Copies.list(columns, "columns");
        Copies.required(method, "method");
        with = Copies.json(with);
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotIndex(String name, List<SnapshotIndexColumn> columns, boolean isUnique, String where,
            boolean concurrently, String method, JsonNode with) {
        this(name, columns, isUnique, where, concurrently, method, with, List.of());
    }

    @Override
    public JsonNode with() {
        return Copies.json(with);
    }
}
