package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name          constraint name
 * @param columns       the referring columns, in key order
 * @param target        the referenced table
 * @param targetColumns the referenced columns, in the same order
 * @param onDelete      {@code ON DELETE}
 * @param onUpdate      {@code ON UPDATE}
 * @param matchFull     {@code MATCH FULL} rather than the default {@code MATCH SIMPLE}
 * @param deferral      {@code DEFERRABLE} and {@code INITIALLY}
 * @param validated     false for {@code NOT VALID} and not validated since
 */
public record ForeignKey(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, boolean matchFull,
                         Deferral deferral, boolean validated) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferral, "deferral");
        if (columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + targetColumns.size());
        }
    }

    /** The same foreign key under another name. */
    public ForeignKey withName(String other) {
        return new ForeignKey(other, columns, target, targetColumns, onDelete, onUpdate, matchFull, deferral, validated);
    }
}
