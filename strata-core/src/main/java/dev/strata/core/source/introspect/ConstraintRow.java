package dev.strata.core.source.introspect;

import dev.strata.core.model.QualifiedName;

import java.util.List;

/**
 * One primary key, unique, check or foreign key constraint of a table; columns by attribute number
 * (names come from {@link ColumnNames}, which costs the server far less than joining them in).
 *
 * @param type       {@code p}, {@code u}, {@code c} or {@code f}
 * @param definition {@code pg_get_constraintdef} (checks only)
 */
record ConstraintRow(long relation, String name, char type, List<Integer> columns, long targetRelation,
                     QualifiedName target, List<Integer> targetColumns, char onDelete, char onUpdate, boolean matchFull,
                     boolean deferrable, boolean deferred, boolean validated, String definition,
                     boolean nullsNotDistinct) {
}
