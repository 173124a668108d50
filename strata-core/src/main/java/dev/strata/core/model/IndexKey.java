package dev.strata.core.model;

import java.util.Objects;

/**
 * One key of an index.
 *
 * @param expression   the column name, or the expression as PostgreSQL deparses it ({@code lower(email)})
 * @param isExpression whether {@code expression} is an expression rather than a column name
 * @param descending   {@code DESC}
 * @param nullsFirst   {@code NULLS FIRST} (the default is first for {@code DESC}, last otherwise)
 * @param opclass      a non-default operator class ({@code jsonb_path_ops}), or {@code null}
 * @param collation    a non-default collation, or {@code null}
 */
public record IndexKey(String expression, boolean isExpression, boolean descending, boolean nullsFirst,
                       String opclass, String collation) {
    public IndexKey {
        Objects.requireNonNull(expression, "expression");
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, false, false, false, null, null);
    }
}
