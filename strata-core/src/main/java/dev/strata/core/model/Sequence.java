package dev.strata.core.model;

import java.util.Objects;

/**
 * A free-standing sequence (identity sequences live in their {@link Identity}).
 *
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param ownedBy  the column it belongs to ({@code OWNED BY}, as {@code serial} makes), or {@code null}
 */
public record Sequence(QualifiedName name, String dataType, SequenceOptions options, ColumnRef ownedBy) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(options, "options");
    }
}
