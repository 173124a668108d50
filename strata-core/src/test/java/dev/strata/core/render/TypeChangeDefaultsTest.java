package dev.strata.core.render;

import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Planner;
import org.junit.jupiter.api.Test;

import static dev.strata.core.render.EngineFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

/** A column's type and default changed together: the up applies on PostgreSQL and the down puts the old default back. */
class TypeChangeDefaultsTest {
    private static Schema with(String type, String defaultSql) {
        return schema(Tables.table("public", "t").column(Column.of("q", ColumnType.of(type), false).withDefault(defaultSql)).build());
    }

    @Test
    void aChangeNeedingUsingDropsTheOldDefaultFirst() {
        RenderedMigration m = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(with("text", "'1'::text"), with("integer", "1"),
                Renames.none())));

        assertThat(m.up()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"q\" DROP DEFAULT;",
                "ALTER TABLE \"t\" ALTER COLUMN \"q\" SET DATA TYPE integer USING \"q\"::integer;",
                "ALTER TABLE \"t\" ALTER COLUMN \"q\" SET DEFAULT 1;");
    }

    @Test
    void aDefaultOfZeroIsSetWhenItChangesEvenThoughDrizzleLeavesAKeptZeroOut() {
        RenderedMigration changed = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(with("integer", "0"), with("bigint", "5"),
                Renames.none())));
        RenderedMigration kept = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(with("integer", "0"), with("bigint", "0"),
                Renames.none())));

        assertThat(changed.down()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"q\" SET DATA TYPE integer;",
                "ALTER TABLE \"t\" ALTER COLUMN \"q\" SET DEFAULT 0;");
        assertThat(kept.up()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"q\" SET DATA TYPE bigint;");
    }
}
