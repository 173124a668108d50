package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/** A user enum type with its labels in sort order. */
public record EnumType(QualifiedName name, List<String> values) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
