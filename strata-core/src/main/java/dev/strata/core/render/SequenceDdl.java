package dev.strata.core.render;

import dev.strata.core.model.ColumnRef;
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
        ColumnRef owner = sequence.ownedBy();
        return "ALTER SEQUENCE " + Identifiers.qualified(sequence.name()) + " OWNED BY "
                + Identifiers.qualified(owner.table()) + "." + Identifiers.quote(owner.column()) + ";";
    }

    /** {@code INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 [CYCLE]}. */
    static String options(SequenceOptions o) {
        return "INCREMENT BY " + o.increment() + " MINVALUE " + o.min() + " MAXVALUE " + o.max()
                + " START WITH " + o.start() + " CACHE " + o.cache() + (o.cycle() ? " CYCLE" : "");
    }
}
