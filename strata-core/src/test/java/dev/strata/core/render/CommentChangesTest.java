package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.strata.core.render.EngineFixtures.kinds;
import static dev.strata.core.render.EngineFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

/** Comments on tables, columns and views: set with the object, changed or removed later, and undone by the down file. */
class CommentChangesTest {
    private static final QualifiedName NOTES = QualifiedName.of("public", "notes");

    @Test
    void aNewTableComesWithItsCommentsAndItsDropTakesThemAway() {
        RenderedMigration m = render(Schema.empty(), schema(notes("kept notes", "the text"), null));

        assertThat(m.up()).containsSubsequence("COMMENT ON TABLE \"public\".\"notes\" IS 'kept notes';",
                "COMMENT ON COLUMN \"public\".\"notes\".\"body\" IS 'the text';");
        assertThat(m.up().get(0)).startsWith("CREATE TABLE");
        assertThat(m.down()).singleElement().asString().startsWith("DROP TABLE");
    }

    @Test
    void aChangedCommentIsOneStatementAndTheDownPutsTheOldOneBack() {
        RenderedMigration m = render(schema(notes("old", "the text"), null), schema(notes("new, it's", "the text"), null));

        assertThat(m.up()).containsExactly("COMMENT ON TABLE \"public\".\"notes\" IS 'new, it''s';");
        assertThat(m.down()).containsExactly("COMMENT ON TABLE \"public\".\"notes\" IS 'old';");
    }

    @Test
    void aRemovedColumnCommentIsSetToNullAndComesBackInTheDown() {
        RenderedMigration m = render(schema(notes(null, "the text"), null), schema(notes(null, null), null));

        assertThat(m.up()).containsExactly("COMMENT ON COLUMN \"public\".\"notes\".\"body\" IS NULL;");
        assertThat(m.down()).containsExactly("COMMENT ON COLUMN \"public\".\"notes\".\"body\" IS 'the text';");
    }

    @Test
    void aNewColumnBringsItsCommentAndADroppedOneComesBackWithItInTheDown() {
        Table withTitle = new Table(NOTES, List.of(body("the text"), Column.of("title", ColumnType.of("text"), false)
                .withComment("shown first")), null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);

        RenderedMigration added = render(schema(notes(null, "the text"), null), schema(withTitle, null));
        RenderedMigration dropped = render(schema(withTitle, null), schema(notes(null, "the text"), null));

        assertThat(added.up()).hasSize(2).last().isEqualTo("COMMENT ON COLUMN \"public\".\"notes\".\"title\" IS 'shown first';");
        assertThat(dropped.down()).last().isEqualTo("COMMENT ON COLUMN \"public\".\"notes\".\"title\" IS 'shown first';");
    }

    @Test
    void aViewWhoseOnlyChangeIsItsCommentIsNotRecreated() {
        Schema before = schema(notes(null, null), view(null));
        Schema after = schema(notes(null, null), view("recent notes"));

        assertThat(kinds(SchemaDiff.compare(before, after).changes())).containsExactly(Change.SetComment.class);
        assertThat(render(before, after).up()).containsExactly("COMMENT ON VIEW \"public\".\"recent\" IS 'recent notes';");
        assertThat(render(after, before).up()).containsExactly("COMMENT ON VIEW \"public\".\"recent\" IS NULL;");
    }

    @Test
    void sameCommentsAreNoChange() {
        Schema s = schema(notes("kept notes", "the text"), view("recent notes"));

        assertThat(SchemaDiff.compare(s, s).changes()).isEmpty();
    }

    private static Column body(String comment) {
        return Column.of("body", ColumnType.of("text"), false).withComment(comment);
    }

    private static Table notes(String tableComment, String bodyComment) {
        return new Table(NOTES, List.of(body(bodyComment)), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, tableComment, null);
    }

    private static View view(String comment) {
        return new View(QualifiedName.of("public", "recent"), "SELECT body FROM notes", false, Map.of(), true, comment);
    }

    private static Schema schema(Table table, View view) {
        return new Schema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(table),
                view == null ? List.of() : List.of(view), List.of(), List.of());
    }
}
