package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An entry of a table's {@code foreignKeys}.
 *
 * @param schemaTo the target's schema; {@code null} (absent) when the target is in public
 * @param onDelete a lowercase SQL action ({@code cascade}, {@code set null}...), or {@code null} when absent
 * @param onUpdate likewise
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotForeignKey(
        String name,
        String tableFrom,
        String tableTo,
        String schemaTo,
        List<String> columnsFrom,
        List<String> columnsTo,
        String onDelete,
        String onUpdate,
        List<String> keyOrder) {

    public SnapshotForeignKey {
        Copies.required(name, "name");
        Copies.required(tableFrom, "tableFrom");
        Copies.required(tableTo, "tableTo");
        columnsFrom = Copies.list(columnsFrom, "columnsFrom");
        columnsTo = Copies.list(columnsTo, "columnsTo");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotForeignKey(String name, String tableFrom, String tableTo, String schemaTo, List<String> columnsFrom,
            List<String> columnsTo, String onDelete, String onUpdate) {
        this(name, tableFrom, tableTo, schemaTo, columnsFrom, columnsTo, onDelete, onUpdate, List.of());
    }
}
