package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;
import dev.strata.core.plan.Plan;
import dev.strata.core.plan.Planner;

import java.util.List;

/** Small hand-built schemas for the engine's unit tests. */
final class EngineFixtures {
    private EngineFixtures() {
    }

    static Schema schema(List<EnumType> enums, Table... tables) {
        return new Schema(List.of(), List.of(), enums, List.of(), List.of(), List.of(tables), List.of(), List.of(), List.of());
    }

    static Schema schema(Table... tables) {
        return schema(List.of(), tables);
    }

    static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    static ForeignKey fk(String name, String column, String target) {
        return new ForeignKey(name, List.of(column), name(target), List.of("id"), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, false, Deferral.NOT_DEFERRABLE, true);
    }

    static EnumType mood(String... values) {
        return new EnumType(name("mood"), List.of(values));
    }

    static ColumnType moodType() {
        return new ColumnType("mood", 0, name("mood"));
    }

    /** A schema holding only the {@code integer} sequence {@code public.counter}. */
    static Schema counter(SequenceOptions options) {
        return new Schema(List.of(), List.of(), List.of(), List.of(),
                List.of(new Sequence(name("counter"), "integer", options, null)), List.of(), List.of(), List.of(), List.of());
    }

    /** A schema holding only table {@code t} with an {@code integer} identity column {@code id}. */
    static Schema identityTable(SequenceOptions options) {
        Identity identity = new Identity(false, name("t_id_seq"), options);
        return schema(Tables.table("public", "t")
                .column(new Column("id", ColumnType.of("integer"), true, null, identity, null, null, null)).build());
    }

    static Plan plan(Schema from, Schema to) {
        return Planner.plan(SchemaDiff.compare(from, to, Renames.none()));
    }

    static RenderedMigration render(Schema from, Schema to) {
        return MigrationRenderer.render(plan(from, to));
    }

    static List<Class<?>> kinds(List<Change> changes) {
        return changes.stream().<Class<?>>map(Object::getClass).toList();
    }
}
