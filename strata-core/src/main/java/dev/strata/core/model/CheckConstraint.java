package dev.strata.core.model;

import java.util.Objects;

/**
 * A {@code CHECK} constraint.
 *
 * @param expression the condition without {@code CHECK}, as PostgreSQL deparses it
 * @param validated  false for a constraint added {@code NOT VALID} and not validated since
 */
public record CheckConstraint(String name, String expression, boolean validated) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    /** The same constraint under another name. */
    public CheckConstraint withName(String other) {
        return new CheckConstraint(other, expression, validated);
    }
}
