package dev.strata.core.source.dsl;

import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.SequenceOptions;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A free-standing sequence: {@code pgSequence("order_seq", s -> s.startWith(1000).increment(10))}.
 *
 * @param name     schema-qualified name
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param options  its numbers
 * @param ownedBy  the column it belongs to ({@code OWNED BY}), looked up when the schema is assembled, or {@code null}
 */
public record PgSequence(QualifiedName name, String dataType, SequenceOptions options, Supplier<PgColumn> ownedBy) {
    public PgSequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(options, "options");
    }

    /** This sequence {@code OWNED BY} {@code column}: {@code .ownedBy(() -> accounts.column("legacy_id"))}. */
    public PgSequence ownedBy(Supplier<PgColumn> column) {
        return new PgSequence(name, dataType, options, column);
    }
}
