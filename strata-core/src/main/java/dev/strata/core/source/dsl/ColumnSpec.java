package dev.strata.core.source.dsl;

import dev.strata.core.model.ColumnType;

import java.util.List;

/** What a {@link PgColumn} was given, frozen when its table's definition ends. */
record ColumnSpec(PgColumn handle, String name, ColumnType type, String serial, boolean notNull, boolean primaryKey,
                  boolean unique, String uniqueName, Nulls uniqueNulls, Object defaultValue, Sql generated,
                  boolean identityAlways, SequenceSettings identity, String collation, String comment,
                  List<ColumnReference> references) {
}
