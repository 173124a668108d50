package dev.strata.core.render;

import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Domain;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Function;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Trigger;
import dev.strata.core.plan.Planner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Extensions, domains, functions and triggers of a {@code .sql} schema: diffed only when asked, in a runnable order. */
class DatabaseObjectChangesTest {
    private static final QualifiedName EMAIL = QualifiedName.of("public", "email");
    private static final Function TOUCH = new Function(QualifiedName.of("public", "touch"), "",
            "CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
    private static final Trigger TRIGGER = new Trigger(QualifiedName.of("public", "users"), "users_touch",
            "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()");

    private static Schema schema(List<Extension> extensions, List<Domain> domains, List<Function> functions, List<Trigger> triggers) {
        return new Schema(List.of(), extensions, List.of(), domains, List.of(), List.of(), List.of(), functions, triggers);
    }

    private static RenderedMigration render(Schema from, Schema to) {
        return MigrationRenderer.render(Planner.plan(SchemaDiff.compare(from, to, Renames.none(), true)));
    }

    @Test
    void aJavaSchemasDiffLeavesThemAlone() {
        Schema with = schema(List.of(new Extension("citext", "public")), List.of(), List.of(TOUCH), List.of(TRIGGER));

        assertThat(SchemaDiff.compare(with, Schema.empty(), Renames.none()).changes()).isEmpty();
        assertThat(SchemaDiff.compare(with, Schema.empty(), Renames.none(), true).changes()).hasSize(3);
    }

    @Test
    void theyAreCreatedBeforeTriggersNeedThemAndDroppedInTheOtherOrder() {
        Schema with = schema(List.of(new Extension("citext", "public")), List.of(new Domain(EMAIL, "text", false, null,
                List.of())), List.of(TOUCH), List.of(TRIGGER));

        RenderedMigration m = render(Schema.empty(), with);

        assertThat(m.up()).containsExactly("CREATE EXTENSION IF NOT EXISTS \"citext\" WITH SCHEMA \"public\";",
                "CREATE DOMAIN \"public\".\"email\" AS text;", "SET LOCAL check_function_bodies = off;",
                TOUCH.definition() + ";", TRIGGER.definition() + ";");
        assertThat(m.down()).containsExactly("DROP TRIGGER \"users_touch\" ON \"public\".\"users\";",
                "DROP ROUTINE \"public\".\"touch\"();", "DROP DOMAIN \"public\".\"email\";", "DROP EXTENSION \"citext\";");
    }

    @Test
    void aDomainIsAlteredInPlaceUnlessItsBaseTypeChanges() {
        Domain before = new Domain(EMAIL, "text", false, null, List.of(new CheckConstraint("has_at", "(VALUE ~~ '%@%'::text)", true)));
        Domain stricter = new Domain(EMAIL, "text", true, "'x@y'::text", List.of(new CheckConstraint("has_at", "(VALUE ~~ '%_@_%'::text)", true)));
        Domain wider = new Domain(EMAIL, "character varying(320)", false, null, List.of());

        RenderedMigration altered = render(schema(List.of(), List.of(before), List.of(), List.of()),
                schema(List.of(), List.of(stricter), List.of(), List.of()));
        RenderedMigration remade = render(schema(List.of(), List.of(before), List.of(), List.of()),
                schema(List.of(), List.of(wider), List.of(), List.of()));

        assertThat(altered.up()).containsExactly("ALTER DOMAIN \"public\".\"email\" SET DEFAULT 'x@y'::text;",
                "ALTER DOMAIN \"public\".\"email\" SET NOT NULL;", "ALTER DOMAIN \"public\".\"email\" DROP CONSTRAINT \"has_at\";",
                "ALTER DOMAIN \"public\".\"email\" ADD CONSTRAINT \"has_at\" CHECK ((VALUE ~~ '%_@_%'::text));");
        assertThat(altered.down()).contains("ALTER DOMAIN \"public\".\"email\" DROP NOT NULL;");
        assertThat(remade.up()).containsExactly("DROP DOMAIN \"public\".\"email\";",
                "CREATE DOMAIN \"public\".\"email\" AS character varying(320);");
        assertThat(remade.down()).first().isEqualTo("DROP DOMAIN \"public\".\"email\";");
    }

    @Test
    void aChangedFunctionIsReplacedAndTheDownPutsTheOldBodyBack() {
        Function changed = new Function(TOUCH.name(), "", TOUCH.definition().replace("RETURN NEW", "RETURN NULL"));

        RenderedMigration m = render(schema(List.of(), List.of(), List.of(TOUCH), List.of()),
                schema(List.of(), List.of(), List.of(changed), List.of()));

        assertThat(m.up()).containsExactly("SET LOCAL check_function_bodies = off;", changed.definition() + ";");
        assertThat(m.down()).containsExactly("SET LOCAL check_function_bodies = off;", TOUCH.definition() + ";");
    }
}
