package dev.strata.core.render;

import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.plan.Planner;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A renamed sequence keeps counting where it was, up and down: a drop and create would start it over. */
@ExtendWith(PostgresExtension.class)
class SequenceRenameIT {
    private static Schema withSequence(String name) {
        return new Schema(List.of(), List.of(), List.of(), List.of(), List.of(new Sequence(QualifiedName.of("public", name),
                "bigint", SequenceOptions.defaults("bigint", 1), null)), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theRenamedSequenceKeepsItsValueBothWays(TestDatabase db) {
        Schema before = withSequence("invoice_no");
        Schema after = withSequence("invoice_number");
        MigrationRenderer.render(Planner.plan(SchemaDiff.compare(Schema.empty(), before))).up().forEach(db::execute);
        db.value("SELECT nextval('invoice_no')");
        db.value("SELECT nextval('invoice_no')");

        RenderedMigration rename = MigrationRenderer.render(Planner.plan(
                SchemaDiff.compare(before, after, Renames.parse(List.of("sequence public.invoice_no=invoice_number")))));
        rename.up().forEach(db::execute);

        assertThat(db.value("SELECT nextval('invoice_number')")).isEqualTo("3");
        rename.down().forEach(db::execute);
        assertThat(db.value("SELECT nextval('invoice_no')")).isEqualTo("4");
        assertThat(db.value("SELECT count(*) FROM pg_class WHERE relname = 'invoice_number'")).isEqualTo("0");
    }
}
