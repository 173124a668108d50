package dev.strata.core.plan;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Column;
import dev.strata.core.model.SequenceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which changes risk data, and why a step's reverse cannot give everything back. */
final class Hazards {
    private Hazards() {
    }

    static Optional<Hazard> of(Change change) {
        if (change instanceof Change.DropTable c) {
            return Optional.of(new Hazard(Hazard.Kind.DROP_TABLE, c.table().name().toString(),
                    "table " + c.table().name() + " is dropped with all its rows"));
        }
        if (change instanceof Change.DropSequence c) {
            return Optional.of(new Hazard(Hazard.Kind.DROP_SEQUENCE, c.sequence().name().toString(),
                    "sequence " + c.sequence().name() + " is dropped with its current value"));
        }
        if (change instanceof Change.AlterSequence c && c.restarts()) {
            return Optional.of(restart("sequence " + c.to().name(), c.to().name().toString(), c.from().options(), c.to().options()));
        }
        if (change instanceof Change.AlterIdentity c && c.restarts()) {
            String column = c.table() + "." + c.column();
            return Optional.of(restart("the identity of column " + column, column, c.from().options(), c.to().options()));
        }
        if (change instanceof Change.DropColumn c) {
            return Optional.of(new Hazard(Hazard.Kind.DROP_COLUMN, c.table() + "." + c.column().name(),
                    "column " + c.table() + "." + c.column().name() + " is dropped with its values"));
        }
        if (change instanceof Change.AlterColumnType c && TypeWidening.mayLoseData(c.from().type(), c.to().type())) {
            return Optional.of(new Hazard(Hazard.Kind.NARROWING_TYPE, c.table() + "." + c.to().name(),
                    "column " + c.table() + "." + c.to().name() + " changes from " + c.from().type().sql() + " to "
                            + c.to().type().sql() + ": values may be cut or the change may fail on existing rows"));
        }
        if (change instanceof Change.SetNotNull c && c.column().defaultSql() == null && c.column().identity() == null) {
            return Optional.of(new Hazard(Hazard.Kind.SET_NOT_NULL, c.table() + "." + c.column().name(),
                    "column " + c.table() + "." + c.column().name()
                            + " becomes NOT NULL without a default: fails while any row holds NULL"));
        }
        if (change instanceof Change.DropEnumValue c) {
            List<String> gone = new ArrayList<>(c.from());
            gone.removeAll(c.to());
            return Optional.of(new Hazard(Hazard.Kind.ENUM_VALUE_REMOVAL, c.type().toString(),
                    "enum " + c.type() + (gone.isEmpty() ? " reorders its labels" : " loses " + gone)
                            + ": the type is re-created; rows holding a removed label make it fail"));
        }
        return Optional.empty();
    }

    private static Hazard restart(String what, String object, SequenceOptions from, SequenceOptions to) {
        return new Hazard(Hazard.Kind.SEQUENCE_RESTART, object, what + " restarts at " + to.start() + ": its new bounds "
                + to.min() + ".." + to.max() + " exclude its start " + from.start()
                + " (PostgreSQL refuses them without RESTART); the value it reached is forgotten");
    }

    /** Why the reverse of {@code change} cannot restore the data, or {@code null} when it can. */
    static String irreversible(Change change) {
        if (change instanceof Change.DropTable c) {
            return "drops table " + c.table().name() + ": the down file re-creates it empty";
        }
        if (change instanceof Change.DropColumn c) {
            Column col = c.column();
            return "drops column " + c.table() + "." + col.name() + ": the down file re-adds it empty"
                    + (col.notNull() && col.defaultSql() == null ? " (and fails on a non-empty table, being NOT NULL)" : "");
        }
        if (change instanceof Change.AlterColumnGenerated c) {
            return null;
        }
        if (change instanceof Change.DropSequence c) {
            return "drops sequence " + c.sequence().name() + ": the down file re-creates it at its start value";
        }
        if (change instanceof Change.AlterSequence c) {
            return restarted("sequence " + c.to().name(), c.from().options(), c.to().options());
        }
        if (change instanceof Change.AlterIdentity c) {
            return restarted("the identity of column " + c.table() + "." + c.column(), c.from().options(), c.to().options());
        }
        if (change instanceof Change.AlterColumnType c && TypeWidening.mayLoseData(c.from().type(), c.to().type())) {
            return "narrows column " + c.table() + "." + c.to().name() + " from " + c.from().type().sql()
                    + ": values cut on the way up stay cut on the way down";
        }
        return null;
    }

    /**
     * A restart, up or down (the rule of {@link Change.AlterSequence#restarts()}, each way), forgets the value the
     * sequence reached: the down file cannot give it back.
     */
    private static String restarted(String what, SequenceOptions from, SequenceOptions to) {
        if (!to.contains(from.start())) {
            return "restarts " + what + " at " + to.start() + ": the down file cannot give back the value it had reached";
        }
        if (!from.contains(to.start())) {
            return "the down file restarts " + what + " at " + from.start() + ": the value it reached by then is forgotten";
        }
        return null;
    }
}
