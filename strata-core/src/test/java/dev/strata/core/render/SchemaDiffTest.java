package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.RenameAnswerMismatch;
import dev.strata.core.diff.RenameCandidate;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.View;
import dev.strata.core.plan.Hazard;
import dev.strata.core.plan.Planner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.render.EngineFixtures.kinds;
import static dev.strata.core.render.EngineFixtures.mood;
import static dev.strata.core.render.EngineFixtures.moodType;
import static dev.strata.core.render.EngineFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code SchemaDiff}: renames only when answered, enum label changes. */
class SchemaDiffTest {
    private final Schema posts = schema(Tables.table("public", "posts").column("id", "integer", true)
            .column("full_name", "text", false).primaryKey("posts_pkey", "id").build());
    private final Schema articles = schema(Tables.table("public", "articles").column("id", "integer", true)
            .column("full_name", "text", false).primaryKey("articles_pkey", "id").build());

    @Test
    void unansweredTableRenameIsACandidateAndDiffedAsDropAndCreate() {
        DiffResult result = SchemaDiff.compare(posts, articles, Renames.none());

        assertThat(result.candidates()).containsExactly(
                new RenameCandidate(RenameCandidate.Kind.TABLE, "public.posts", "public.articles"));
        assertThat(kinds(result.changes())).containsExactlyInAnyOrder(Change.CreateTable.class, Change.DropTable.class);
        assertThat(result.candidates().get(0).renameAnswer()).isEqualTo("table public.posts=articles");
    }

    @Test
    void answeredTableRenameIsOneRenameAndNoCandidate() {
        DiffResult result = SchemaDiff.compare(posts, articles, Renames.parse(List.of("table public.posts=articles")));

        assertThat(result.candidates()).isEmpty();
        assertThat(result.changes()).containsExactly(new Change.RenameTable(EngineFixtures.name("posts"), "articles"));
    }

    @Test
    void createAnswerClosesTheCandidateAndKeepsDropAndCreate() {
        DiffResult result = SchemaDiff.compare(posts, articles, Renames.parse(List.of("create table public.articles")));

        assertThat(result.candidates()).isEmpty();
        assertThat(kinds(result.changes())).containsExactlyInAnyOrder(Change.CreateTable.class, Change.DropTable.class);
    }

    @Test
    void columnRenameIsAskedThenApplied() {
        Schema renamed = schema(Tables.table("public", "posts").column("id", "integer", true)
                .column("display_name", "text", false).primaryKey("posts_pkey", "id").build());

        DiffResult open = SchemaDiff.compare(posts, renamed, Renames.none());
        DiffResult answered = SchemaDiff.compare(posts, renamed, Renames.none().with(open.candidates().get(0).renameAnswer()));

        assertThat(open.candidates()).extracting(RenameCandidate::kind).containsExactly(RenameCandidate.Kind.COLUMN);
        assertThat(kinds(open.changes())).containsExactlyInAnyOrder(Change.AddColumn.class, Change.DropColumn.class);
        assertThat(answered.changes()).containsExactly(
                new Change.RenameColumn(EngineFixtures.name("posts"), "full_name", "display_name"));
    }

    @Test
    void sequenceRenameIsAskedThenKeepsTheSequenceAndItsDropIsAHazard() {
        Schema before = withSequence("invoice_no");
        Schema after = withSequence("invoice_number");

        DiffResult open = SchemaDiff.compare(before, after, Renames.none());
        DiffResult answered = SchemaDiff.compare(before, after, Renames.parse(List.of(open.candidates().get(0).renameAnswer())));
        RenderedMigration rendered = MigrationRenderer.render(Planner.plan(answered));

        assertThat(open.candidates()).containsExactly(new RenameCandidate(RenameCandidate.Kind.SEQUENCE,
                "public.invoice_no", "public.invoice_number"));
        assertThat(Planner.plan(open).hazards()).extracting(h -> h.kind())
                .containsExactly(Hazard.Kind.DROP_SEQUENCE);
        assertThat(rendered.up()).containsExactly("ALTER SEQUENCE \"public\".\"invoice_no\" RENAME TO \"invoice_number\";");
        assertThat(rendered.down()).containsExactly("ALTER SEQUENCE \"public\".\"invoice_number\" RENAME TO \"invoice_no\";");
    }

    @Test
    void schemaRenameAnswerIsParsedAndItsKindNamed() {
        Renames answers = Renames.parse(List.of("schema app=shop", "create schema billing"));

        assertThat(answers.schemas()).containsEntry("app", "shop");
        assertThat(answers.created()).containsExactly("schema billing");
        assertThatThrownBy(() -> Renames.parse(List.of("schema public.app=shop"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aViewRenamedAndChangedIsRenamedBeforeItIsMadeAgain() {
        Schema before = withView("recent", "SELECT 1 AS one");
        Schema after = withView("latest", "SELECT 2 AS two");

        RenderedMigration m = MigrationRenderer.render(Planner.plan(
                SchemaDiff.compare(before, after, Renames.parse(List.of("view public.recent=latest")))));

        assertThat(m.up()).hasSize(3).first().isEqualTo("ALTER VIEW \"public\".\"recent\" RENAME TO \"latest\";");
        assertThat(m.up().get(1)).startsWith("DROP VIEW \"public\".\"latest\"");
        assertThat(m.down()).last().isEqualTo("ALTER VIEW \"public\".\"latest\" RENAME TO \"recent\";");
    }

    private static Schema withView(String name, String query) {
        return new Schema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new View(QualifiedName.of("public", name), query, false, java.util.Map.of(), true, null)), List.of(), List.of());
    }

    private static Schema withSequence(String name) {
        return new Schema(List.of(), List.of(), List.of(), List.of(), List.of(new Sequence(QualifiedName.of("public", name),
                "bigint", SequenceOptions.defaults("bigint", 1), null)), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void chainedRenamesRunInTheOrderThatFreesEachNameAndASwapIsRefused() {
        Schema ab = schema(Tables.table("public", "a").column("x", "text", false).build(),
                Tables.table("public", "b").column("y", "text", false).build());
        Schema bc = schema(Tables.table("public", "b").column("x", "text", false).build(),
                Tables.table("public", "c").column("y", "text", false).build());
        Schema ba = schema(Tables.table("public", "b").column("x", "text", false).build(),
                Tables.table("public", "a").column("y", "text", false).build());

        DiffResult chain = SchemaDiff.compare(ab, bc, Renames.parse(List.of("table public.a=b", "table public.b=c")));

        assertThat(chain.changes()).containsExactly(new Change.RenameTable(EngineFixtures.name("b"), "c"),
                new Change.RenameTable(EngineFixtures.name("a"), "b"));
        assertThatThrownBy(() -> SchemaDiff.compare(ab, ba, Renames.parse(List.of("table public.a=b", "table public.b=a"))))
                .isInstanceOf(RenameAnswerMismatch.class).hasMessageContaining("form a cycle");
    }

    @Test
    void renameAnswerNamingNothingIsRejected() {
        assertThatThrownBy(() -> SchemaDiff.compare(posts, articles, Renames.parse(List.of("table public.nope=articles"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public.nope");
        assertThatThrownBy(() -> Renames.parse(List.of("tabel x=y"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnLeavingACompositeKeyLosesTheNotNullTheKeyGaveIt() {
        Schema ab = schema(Tables.table("public", "m").column("a", "integer", true).column("b", "integer", false)
                .column("c", "integer", true).primaryKey("m_pk", "a", "b").build());
        Schema ac = schema(Tables.table("public", "m").column("a", "integer", true).column("b", "integer", false)
                .column("c", "integer", true).primaryKey("m_pk", "a", "c").build());

        List<String> up = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(ab, ac, Renames.none()))).up();

        assertThat(up).containsExactly("ALTER TABLE \"m\" DROP CONSTRAINT \"m_pk\";",
                "ALTER TABLE \"m\" ALTER COLUMN \"b\" DROP NOT NULL;",
                "ALTER TABLE \"m\" ADD CONSTRAINT \"m_pk\" PRIMARY KEY(\"a\",\"c\");");
    }

    @Test
    void twoAnswersForOneObjectOrOneNameForTwoObjectsAreRefused() {
        assertThatThrownBy(() -> Renames.parse(List.of("column public.users.email=mail", "column public.users.email=address")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two answers rename public.users.email");
        assertThatThrownBy(() -> Renames.parse(List.of("table public.a=c", "table public.b=c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two answers rename to c");
        assertThat(Renames.parse(List.of("table public.a=c", "table app.b=c", "table public.a=c")).tables()).hasSize(2);
    }

    @Test
    void addedLabelsBecomeAddValueWithBeforeForAMiddleInsertion() {
        DiffResult result = SchemaDiff.compare(schema(List.of(mood("calm", "sad")), usesMood()),
                schema(List.of(mood("calm", "happy", "sad", "angry")), usesMood()), Renames.none());

        assertThat(result.changes()).hasSize(2).allMatch(c -> c instanceof Change.AddEnumValue);
        assertThat(((Change.AddEnumValue) result.changes().get(0)).before()).isEqualTo("sad");
        assertThat(((Change.AddEnumValue) result.changes().get(1)).before()).isNull();
    }

    @Test
    void removedLabelIsTheRecipeOverEveryColumnUsingTheType() {
        DiffResult result = SchemaDiff.compare(schema(List.of(mood("calm", "happy", "sad")), usesMood()),
                schema(List.of(mood("calm", "sad")), usesMood()), Renames.none());

        assertThat(result.changes()).singleElement().isInstanceOfSatisfying(Change.DropEnumValue.class,
                d -> assertThat(d.columns()).extracting(c -> c.column().name()).containsExactly("feeling"));
    }

    @Test
    void removingTheDefaultsLabelDropsTheDefaultBeforeTheColumnGoesBackToTheTypeThenSetsTheNewOne() {
        dev.strata.core.model.Table after = Tables.table("public", "people").column("id", "integer", true)
                .column(dev.strata.core.model.Column.of("feeling", moodType(), false).withDefault("'sad'")).build();

        List<String> up = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(
                schema(List.of(mood("calm", "happy", "sad")), usesMood()), schema(List.of(mood("happy", "sad")), after),
                Renames.none()))).up();

        assertThat(up).containsSubsequence("DROP TYPE \"public\".\"mood\";",
                "ALTER TABLE \"people\" ALTER COLUMN \"feeling\" DROP DEFAULT;",
                "ALTER TABLE \"people\" ALTER COLUMN \"feeling\" SET DATA TYPE \"public\".\"mood\" USING \"feeling\"::\"public\".\"mood\";",
                "ALTER TABLE \"people\" ALTER COLUMN \"feeling\" SET DEFAULT 'sad';");
        assertThat(up).noneMatch(sql -> sql.contains("'calm'::\"public\".\"mood\""));
    }

    private static dev.strata.core.model.Table usesMood() {
        return Tables.table("public", "people").column("id", "integer", true)
                .column(dev.strata.core.model.Column.of("feeling", moodType(), false).withDefault("'calm'")).build();
    }
}
