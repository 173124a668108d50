package dev.strata.core.source.dsl;

import java.util.Objects;

/**
 * One schema object found in a public static field.
 *
 * @param field where it was declared, {@code Shop.users}
 * @param value the DSL object
 */
record Declared(String field, Object value) {
    Declared {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    /** Whether {@code value} is something the DSL turns into schema: a table, enum, sequence, view, policy... */
    static boolean isSchemaObject(Object value) {
        return value instanceof PgTable || value instanceof PgEnum || value instanceof PgSequence
                || value instanceof PgView || value instanceof PgSchema || value instanceof PgPolicy
                || value instanceof Casing || value instanceof PgRaw.PgExtension || value instanceof PgRaw.PgDomain
                || value instanceof PgRaw.PgFunction || value instanceof PgRaw.PgTrigger;
    }
}
