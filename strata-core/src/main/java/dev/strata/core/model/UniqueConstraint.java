package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/** A {@code UNIQUE} constraint; {@code nullsNotDistinct} is PostgreSQL 15's {@code NULLS NOT DISTINCT}. */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {
    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** The same constraint under another name. */
    public UniqueConstraint withName(String other) {
        return new UniqueConstraint(other, columns, nullsNotDistinct);
    }
}
