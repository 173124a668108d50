package dev.strata.core.model;

import java.util.Objects;

/**
 * {@code GENERATED ... AS IDENTITY} on a column.
 *
 * @param always   {@code ALWAYS} (inserts may not give a value) rather than {@code BY DEFAULT}
 * @param sequence the implicit sequence
 * @param options  its numbers
 */
public record Identity(boolean always, QualifiedName sequence, SequenceOptions options) {
    public Identity {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(options, "options");
    }
}
