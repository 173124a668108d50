package dev.strata.core.source.dsl;

import dev.strata.core.model.ReferentialAction;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A column's {@code .references(...)}: a one-column foreign key, named by Drizzle's default unless {@code name} is
 * given.
 *
 * @param target   the referenced column, looked up when the schema is assembled (so it may be declared later)
 * @param onDelete {@code ON DELETE}
 * @param onUpdate {@code ON UPDATE}
 * @param name     the constraint name, or {@code null} for the default
 */
record ColumnReference(Supplier<PgColumn> target, ReferentialAction onDelete, ReferentialAction onUpdate, String name) {
    ColumnReference {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    ColumnReference withOnDelete(ReferentialAction action) {
        return new ColumnReference(target, action, onUpdate, name);
    }

    ColumnReference withOnUpdate(ReferentialAction action) {
        return new ColumnReference(target, onDelete, action, name);
    }
}
