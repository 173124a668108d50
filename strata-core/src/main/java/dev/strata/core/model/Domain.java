package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/** A domain: a base type with optional {@code NOT NULL}, default and checks. */
public record Domain(QualifiedName name, String baseType, boolean notNull, String defaultSql, List<CheckConstraint> checks) {
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = List.copyOf(checks);
    }
}
