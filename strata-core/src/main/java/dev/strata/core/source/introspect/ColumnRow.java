package dev.strata.core.source.introspect;

import dev.strata.core.model.ColumnType;

/**
 * One column as {@code pg_attribute} describes it.
 *
 * @param identity {@code a} (always), {@code d} (by default) or blank
 */
record ColumnRow(long relation, int number, String name, ColumnType type, boolean notNull, String defaultSql,
                 char identity, String generated, String collation, String comment) {
}
