package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A column of a table or view. Optional keys are {@code null} when absent from the file.
 *
 * @param type             the SQL type as drizzle spells it ({@code varchar(255)}, {@code numeric(10, 2)}, an enum name)
 * @param typeSchema       the enum's schema, for enum columns
 * @param defaultValue     the {@code default} key
 * @param isUnique         allowed by drizzle's schema as any JSON value; not written by generate in version 7
 * @param uniqueName       allowed, not written by generate
 * @param nullsNotDistinct allowed, not written by generate
 * @param keyOrder         the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotColumn(
        String name,
        String type,
        String typeSchema,
        boolean primaryKey,
        boolean notNull,
        SnapshotDefault defaultValue,
        JsonNode isUnique,
        String uniqueName,
        Boolean nullsNotDistinct,
        SnapshotGenerated generated,
        SnapshotIdentity identity,
        List<String> keyOrder) {

    public SnapshotColumn {
        Copies.required(name, "name");
        Copies.required(type, "type");
        isUnique = Copies.json(isUnique);
        keyOrder = Copies.keyOrder(keyOrder);
    }

    /** A column as generate writes it. */
    public SnapshotColumn(String name, String type, String typeSchema, boolean primaryKey, boolean notNull,
            SnapshotDefault defaultValue, SnapshotGenerated generated, SnapshotIdentity identity) {
        this(name, type, typeSchema, primaryKey, notNull, defaultValue, null, null, null, generated, identity,
                List.of());
    }

    @Override
    public JsonNode isUnique() {
        return Copies.json(isUnique);
    }
}
