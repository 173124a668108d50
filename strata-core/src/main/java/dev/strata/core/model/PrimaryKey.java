package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/** A primary key constraint: its name and columns in key order. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("primary key " + name + " has no columns");
        }
    }
}
