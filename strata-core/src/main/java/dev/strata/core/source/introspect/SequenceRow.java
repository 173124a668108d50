package dev.strata.core.source.introspect;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.SequenceOptions;

/**
 * One sequence and the column that owns it.
 *
 * @param ownerKind {@code i} for an identity column's sequence, {@code a} for an {@code OWNED BY} sequence
 *                  (as {@code serial} makes), blank when free-standing
 */
record SequenceRow(QualifiedName name, String dataType, SequenceOptions options, ColumnRef owner, char ownerKind) {
}
