package dev.strata.core.render;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;

/** Free-standing sequences and the option list they share with identity columns. */
final class SequenceDdl {
    private SequenceDdl() {
    }

    static String create(Sequence sequence) {
        return "CREATE SEQUENCE " + Identifiers.qualified(sequence.name()) + " AS " + sequence.dataType() + " "
                + options(sequence.options()) + ";";
    }

    /** {@code ALTER SEQUENCE ... OWNED BY}, which needs the table, so it comes after every table. */
    static String ownedBy(Sequence sequence) {
        return ownedBy(sequence.name(), sequence.ownedBy());
    }

    /** {@code ALTER SEQUENCE sequence OWNED BY owner}, or {@code OWNED BY NONE} when {@code owner} is {@code null}. */
    static String ownedBy(QualifiedName sequence, ColumnRef owner) {
        return "ALTER SEQUENCE " + Identifiers.qualified(sequence) + " OWNED BY "
                + (owner == null ? "NONE" : Identifiers.qualified(owner.table()) + "." + Identifiers.quote(owner.column()))
                + ";";
    }

    /** {@code INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 [CYCLE]}. */
    static String options(SequenceOptions o) {
        return "INCREMENT BY " + o.increment() + " MINVALUE " + o.min() + " MAXVALUE " + o.max()
                + " START WITH " + o.start() + " CACHE " + o.cache() + (o.cycle() ? " CYCLE" : "");
    }
}
