package dev.strata.core.source.dsl;

import dev.strata.core.model.ReferentialAction;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A column's {@code .references(...)}: a one-column foreign key with Drizzle's default name (a named or composite
 * key is declared on the table, {@code t.foreignKey(...)}).
 *
 * @param target   the referenced column, looked up when the schema is assembled (so it may be declared later)
 * @param onDelete {@code ON DELETE}
 * @param onUpdate {@code ON UPDATE}
 */
record ColumnReference(Supplier<PgColumn> target, ReferentialAction onDelete, ReferentialAction onUpdate) {
    ColumnReference {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    ColumnReference withOnDelete(ReferentialAction action) {
        return new ColumnReference(target, action, onUpdate);
    }

    ColumnReference withOnUpdate(ReferentialAction action) {
        return new ColumnReference(target, onDelete, action);
    }
}
