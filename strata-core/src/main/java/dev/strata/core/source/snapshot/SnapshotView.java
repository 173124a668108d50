package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * An entry of {@code views}. Optional keys are {@code null} when absent.
 *
 * @param definition the rendered SQL; absent for {@code .existing()} views
 * @param with       the options object with drizzle's camelCase names ({@code securityInvoker}, {@code fillfactor})
 * @param keyOrder   the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotView(
        Map<String, SnapshotColumn> columns,
        String definition,
        String name,
        String schema,
        boolean isExisting,
        JsonNode with,
        Boolean withNoData,
        boolean materialized,
        String tablespace,
        String using,
        List<String> keyOrder) {

    public SnapshotView {
        columns = Copies.map(columns, "columns");
        Copies.required(name, "name");
        Copies.required(schema, "schema");
        with = Copies.json(with);
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotView(Map<String, SnapshotColumn> columns, String definition, String name, String schema,
            boolean isExisting, JsonNode with, Boolean withNoData, boolean materialized, String tablespace,
            String using) {
        this(columns, definition, name, schema, isExisting, with, withNoData, materialized, tablespace, using,
                List.of());
    }

    @Override
    public JsonNode with() {
        return Copies.json(with);
    }
}
