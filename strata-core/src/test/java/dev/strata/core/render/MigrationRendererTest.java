package dev.strata.core.render;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.render.EngineFixtures.mood;
import static dev.strata.core.render.EngineFixtures.moodType;
import static dev.strata.core.render.EngineFixtures.render;
import static dev.strata.core.render.EngineFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code MigrationRenderer}: hand-written golden cases beside the drizzle vectors. */
class MigrationRendererTest {

    @Test
    void typeChangeWithoutAssignmentCastGetsUsingAndItsDownToo() {
        Schema before = schema(Tables.table("public", "t").column("id", "integer", true).column("code", "text", false).build());
        Schema after = schema(Tables.table("public", "t").column("id", "integer", true).column("code", "integer", false).build());

        RenderedMigration m = render(before, after);

        assertThat(m.up()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"code\" SET DATA TYPE integer USING \"code\"::integer;");
        assertThat(m.down()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"code\" SET DATA TYPE text;");
    }

    @Test
    void wideningNeedsNoUsingAndKeepsTheDefault() {
        Schema before = schema(Tables.table("public", "t").column("id", "integer", true)
                .column(Column.of("n", ColumnType.of("character varying(20)"), false).withDefault("'x'")).build());
        Schema after = schema(Tables.table("public", "t").column("id", "integer", true)
                .column(Column.of("n", ColumnType.of("character varying(40)"), false).withDefault("'x'")).build());

        assertThat(render(before, after).upText()).isEqualTo(
                "ALTER TABLE \"t\" ALTER COLUMN \"n\" SET DATA TYPE varchar(40);" + RenderedMigration.BREAKPOINT
                        + "ALTER TABLE \"t\" ALTER COLUMN \"n\" SET DEFAULT 'x';");
    }

    @Test
    void enumAddValueUpAndRemovalRecipeDown() {
        Schema before = schema(List.of(mood("calm", "sad")), people());
        Schema after = schema(List.of(mood("calm", "happy", "sad")), people());

        RenderedMigration m = render(before, after);

        assertThat(m.up()).containsExactly("ALTER TYPE \"public\".\"mood\" ADD VALUE 'happy' BEFORE 'sad';");
        assertThat(m.down()).containsExactly(
                "ALTER TABLE \"people\" ALTER COLUMN \"feeling\" SET DATA TYPE text;",
                "ALTER TABLE \"people\" ALTER COLUMN \"feeling\" SET DEFAULT 'calm'::text;",
                "DROP TYPE \"public\".\"mood\";",
                "CREATE TYPE \"public\".\"mood\" AS ENUM('calm', 'sad');",
                "ALTER TABLE \"people\" ALTER COLUMN \"feeling\" SET DEFAULT 'calm'::\"public\".\"mood\";",
                "ALTER TABLE \"people\" ALTER COLUMN \"feeling\" SET DATA TYPE \"public\".\"mood\" USING \"feeling\"::\"public\".\"mood\";");
        assertThat(m.irreversible()).isEmpty();
    }

    @Test
    void downOfADroppedTableIsMarkedIrreversible() {
        Schema before = schema(Tables.table("public", "t").column("id", "integer", true).primaryKey("t_pkey", "id").build());

        RenderedMigration m = render(before, Schema.empty());

        assertThat(m.upText()).isEqualTo("DROP TABLE \"t\" CASCADE;");
        assertThat(m.downText()).isEqualTo("-- strata:irreversible drops table public.t: the down file re-creates it empty\n"
                + "CREATE TABLE \"t\" (\n\t\"id\" integer PRIMARY KEY NOT NULL\n);\n");
    }

    @Test
    void reversibleDownHasNoMarkAndUndoesInReverseOrder() {
        Schema after = schema(Tables.table("public", "t").column("id", "integer", true).primaryKey("t_pkey", "id").build());

        RenderedMigration m = render(Schema.empty(), after);

        assertThat(m.downText()).isEqualTo("DROP TABLE \"t\" CASCADE;");
        assertThat(m.downText()).doesNotContain(RenderedMigration.IRREVERSIBLE_MARK);
    }

    @Test
    void withoutBreakpointsStatementsAreJoinedByNewlines() {
        Schema after = schema(Tables.table("public", "t").column("id", "integer", true).build(),
                Tables.table("public", "u").column("id", "integer", true).build());

        assertThat(render(Schema.empty(), after).upText(false)).isEqualTo(
                "CREATE TABLE \"t\" (\n\t\"id\" integer NOT NULL\n);\n\nCREATE TABLE \"u\" (\n\t\"id\" integer NOT NULL\n);\n");
    }

    private static dev.strata.core.model.Table people() {
        return Tables.table("public", "people").column("id", "integer", true)
                .column(Column.of("feeling", moodType(), false).withDefault("'calm'")).build();
    }
}
