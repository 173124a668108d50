package dev.strata.core.model;

import java.util.Objects;

/**
 * A column's type.
 *
 * @param base       the element type as PostgreSQL's {@code format_type} spells it, with its modifiers:
 *                   {@code character varying(255)}, {@code numeric(12,2)}, {@code timestamp(3) with time zone},
 *                   {@code interval day to second}; for a user type ({@code userType} set) its bare name
 * @param dimensions array dimensions ({@code integer[][]} has 2); 0 for a scalar
 * @param userType   the enum or domain this column uses, or {@code null} for a built-in type
 */
public record ColumnType(String base, int dimensions, QualifiedName userType) {
    public ColumnType {
        Objects.requireNonNull(base, "base");
        if (dimensions < 0) {
            throw new IllegalArgumentException("dimensions must not be negative: " + dimensions);
        }
    }

    public static ColumnType of(String base) {
        return new ColumnType(base, 0, null);
    }

    public boolean isArray() {
        return dimensions > 0;
    }

    /** The type as SQL: {@code base} plus one {@code []} per dimension (user types unqualified). */
    public String sql() {
        return base + "[]".repeat(dimensions);
    }
}
