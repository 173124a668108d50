package dev.strata.core.model;

import java.util.Objects;

/** A column of a table, by name. */
public record ColumnRef(QualifiedName table, String column) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
