package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Hazard;
import dev.strata.core.plan.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.render.EngineFixtures.fk;
import static dev.strata.core.render.EngineFixtures.mood;
import static dev.strata.core.render.EngineFixtures.moodType;
import static dev.strata.core.render.EngineFixtures.plan;
import static dev.strata.core.render.EngineFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code Planner}: dependency order, reverses, hazards. */
class PlannerTest {
    private final Schema cycle = schema(
            Tables.table("public", "a").column("id", "integer", true).column("b_id", "integer", false)
                    .primaryKey("a_pkey", "id").foreignKey(fk("a_b_id_fk", "b_id", "b")).build(),
            Tables.table("public", "b").column("id", "integer", true).column("a_id", "integer", false)
                    .primaryKey("b_pkey", "id").foreignKey(fk("b_a_id_fk", "a_id", "a")).build());

    @Test
    void foreignKeyCycleCreatesBothTablesBeforeEitherKey() {
        List<Change> changes = plan(Schema.empty(), cycle).changes();

        assertThat(EngineFixtures.kinds(changes)).containsExactly(Change.CreateTable.class, Change.CreateTable.class,
                Change.AddForeignKey.class, Change.AddForeignKey.class);
    }

    @Test
    void droppingTheCycleCascadesAndItsDownAddsTheKeysAfterBothTables() {
        Plan plan = plan(cycle, Schema.empty());

        assertThat(EngineFixtures.kinds(plan.changes())).containsExactly(Change.DropTable.class, Change.DropTable.class);
        assertThat(EngineFixtures.kinds(plan.reverseChanges())).containsExactly(Change.CreateTable.class,
                Change.CreateTable.class, Change.AddForeignKey.class, Change.AddForeignKey.class);
    }

    @Test
    void droppingOneTableOfTheCycleDropsTheOtherTablesKeyFirst() {
        Schema after = schema(Tables.table("public", "a").column("id", "integer", true).column("b_id", "integer", false)
                .primaryKey("a_pkey", "id").build());

        assertThat(EngineFixtures.kinds(plan(cycle, after).changes()))
                .containsExactly(Change.DropForeignKey.class, Change.DropTable.class);
    }

    @Test
    void primaryKeyOnANewColumnIsAddedAfterTheColumn() {
        Schema before = schema(Tables.table("public", "t").column("id", "integer", true).build());
        Schema after = schema(Tables.table("public", "t").column("id", "integer", true).column("code", "text", true)
                .primaryKey("t_code_pk", "code").build());

        assertThat(EngineFixtures.kinds(plan(before, after).changes()))
                .containsExactly(Change.AddColumn.class, Change.AddPrimaryKey.class);
    }

    @Test
    void hazardsListDropsNarrowingNotNullWithoutDefaultAndLabelRemoval() {
        Schema before = schema(List.of(mood("calm", "sad")),
                Tables.table("public", "t").column("id", "integer", true).column("name", "character varying(50)", false)
                        .column("note", "text", false).column("gone", "text", false)
                        .column(Column.of("m", moodType(), false)).build(),
                Tables.table("public", "old").column("id", "integer", true).build());
        Schema after = schema(List.of(mood("calm")),
                Tables.table("public", "t").column("id", "integer", true).column("name", "character varying(10)", false)
                        .column("note", "text", true).column(Column.of("m", moodType(), false)).build());

        assertThat(plan(before, after).hazards()).extracting(Hazard::kind).containsExactlyInAnyOrder(
                Hazard.Kind.DROP_TABLE, Hazard.Kind.DROP_COLUMN, Hazard.Kind.NARROWING_TYPE, Hazard.Kind.SET_NOT_NULL,
                Hazard.Kind.ENUM_VALUE_REMOVAL);
    }

    @Test
    void wideningAndNotNullWithDefaultAreNoHazards() {
        Schema before = schema(Tables.table("public", "t").column("id", "integer", true).column("n", "integer", false)
                .column(Column.of("s", ColumnType.of("text"), false).withDefault("'x'")).build());
        Schema after = schema(Tables.table("public", "t").column("id", "integer", true).column("n", "bigint", false)
                .column(Column.of("s", ColumnType.of("text"), true).withDefault("'x'")).build());

        assertThat(plan(before, after).hazards()).isEmpty();
    }

    @Test
    void droppedColumnIsIrreversibleAndItsReverseAddsItBack() {
        Schema before = schema(Tables.table("public", "t").column("id", "integer", true).column("gone", "text", false).build());
        Schema after = schema(Tables.table("public", "t").column("id", "integer", true).build());

        Plan plan = plan(before, after);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.reversible()).isFalse();
            assertThat(step.irreversible()).contains("public.t.gone");
            assertThat(step.reverse()).singleElement().isInstanceOf(Change.AddColumn.class);
        });
    }
}
