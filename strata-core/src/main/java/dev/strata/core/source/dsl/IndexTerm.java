package dev.strata.core.source.dsl;

import java.util.Objects;

/**
 * One key of an index: a column or an expression, with its order, nulls placement, operator class and collation.
 * Made by {@link PgColumn#asc()}, {@link PgColumn#desc()}, {@link PgColumn#op(String)} or {@link #of(Sql)}; each
 * method returns a new term.
 *
 * @param expression  a {@link PgColumn} or an {@link Sql} expression
 * @param descending  {@code DESC}
 * @param nullsAreFirst {@code NULLS FIRST}; Drizzle writes {@code NULLS LAST} unless told, {@code DESC} included
 * @param opclass     an operator class ({@code jsonb_path_ops}), or {@code null}
 * @param collation   a collation, or {@code null}
 */
public record IndexTerm(Object expression, boolean descending, boolean nullsAreFirst, String opclass, String collation) {
    public IndexTerm {
        Objects.requireNonNull(expression, "expression");
        if (!(expression instanceof PgColumn) && !(expression instanceof Sql)) {
            throw new IllegalArgumentException("an index key is a column or sql(...), not "
                    + expression.getClass().getSimpleName());
        }
    }

    /** An expression key, e.g. {@code IndexTerm.of(sql("lower(", email, ")"))}. */
    public static IndexTerm of(Sql expression) {
        return new IndexTerm(expression, false, false, null, null);
    }

    static IndexTerm of(Object columnOrSql) {
        return columnOrSql instanceof IndexTerm t ? t : new IndexTerm(columnOrSql, false, false, null, null);
    }

    /** Ascending (the default). */
    public IndexTerm asc() {
        return new IndexTerm(expression, false, nullsAreFirst, opclass, collation);
    }

    /** Descending. */
    public IndexTerm desc() {
        return new IndexTerm(expression, true, nullsAreFirst, opclass, collation);
    }

    /** {@code NULLS FIRST}. */
    public IndexTerm nullsFirst() {
        return new IndexTerm(expression, descending, true, opclass, collation);
    }

    /** {@code NULLS LAST}. */
    public IndexTerm nullsLast() {
        return new IndexTerm(expression, descending, false, opclass, collation);
    }

    /** With operator class {@code opclass}, e.g. {@code jsonb_path_ops}. */
    public IndexTerm op(String opclassName) {
        return new IndexTerm(expression, descending, nullsAreFirst, opclassName, collation);
    }

    /** With collation {@code name}, e.g. {@code "C"}. */
    public IndexTerm collate(String name) {
        return new IndexTerm(expression, descending, nullsAreFirst, opclass, name);
    }
}
