package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * One element of an index's {@code columns}.
 *
 * @param expression   the column name, or the rendered SQL when {@code isExpression}
 * @param nulls        {@code last} or {@code first}; {@code null} when absent
 * @param opclass      the operator class, or {@code null} when absent
 * @param keyOrder     the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotIndexColumn(
        String expression,
        boolean isExpression,
        boolean asc,
        String nulls,
        String opclass,
        List<String> keyOrder) {

    public SnapshotIndexColumn {
        Copies.required(expression, "expression");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotIndexColumn(String expression, boolean isExpression, boolean asc, String nulls, String opclass) {
        this(expression, isExpression, asc, nulls, opclass, List.of());
    }
}
