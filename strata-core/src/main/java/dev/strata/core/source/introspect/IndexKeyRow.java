package dev.strata.core.source.introspect;

/**
 * One key or {@code INCLUDE} column of an index, at {@code position} (1-based).
 *
 * @param column     the column name, or {@code null} for an expression key
 * @param definition the key as {@code pg_get_indexdef(index, position, true)} prints it
 */
record IndexKeyRow(long index, int position, String column, String definition, boolean descending,
                   boolean nullsFirst, String opclass, String collation) {
}
