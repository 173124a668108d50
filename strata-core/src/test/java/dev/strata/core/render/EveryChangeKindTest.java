package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Function;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;
import dev.strata.core.model.Trigger;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;
import dev.strata.core.plan.Plan;
import dev.strata.core.plan.Planner;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.strata.core.render.EngineFixtures.fk;
import static dev.strata.core.render.EngineFixtures.mood;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java 17 has no pattern switch, so the compiler cannot say when a new {@link Change} kind is missing from the
 * planner or renderer: this test does. One sample per kind; each must plan, reverse and render.
 */
class EveryChangeKindTest {
    private static final QualifiedName T = QualifiedName.of("public", "t");
    private static final Column C = Column.of("c", ColumnType.of("text"), false);
    private static final Column D = Column.of("c", ColumnType.of("integer"), true);
    private static final Identity ID = new Identity(true, QualifiedName.of("public", "t_id_seq"), SequenceOptions.defaults("integer", 1));
    private static final Sequence SEQ = new Sequence(QualifiedName.of("public", "s"), "bigint", SequenceOptions.defaults("bigint", 1), null);
    private static final Table TABLE = Tables.table("public", "t").column(C).build();
    private static final Index INDEX = new Index("i", false, "btree", List.of(IndexKey.column("c")), List.of(), null, Map.of(), false);
    private static final Policy POLICY = new Policy("p", true, "ALL", List.of("public"), "true", null);
    private static final View VIEW = new View(QualifiedName.of("public", "v"), "select 1", false, Map.of(), true, null);
    private static final Extension EXTENSION = new Extension("citext", "public");
    private static final Domain DOMAIN = new Domain(QualifiedName.of("public", "email"), "text", false, null, List.of());
    private static final Function FUNCTION = new Function(QualifiedName.of("public", "f"), "",
            "CREATE OR REPLACE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$");
    private static final Trigger TRIGGER = new Trigger(T, "tr", "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()");
    private static final List<Change.EnumColumn> USES = List.of(new Change.EnumColumn(T, C));

    static List<Change> samples() {
        return List.of(new Change.CreateSchema("s"), new Change.DropSchema("s"), new Change.RenameSchema("s", "s2"), new Change.CreateEnum(mood("a")),
                new Change.DropEnum(mood("a")), new Change.RenameEnum(QualifiedName.of("public", "mood"), "m"),
                new Change.AddEnumValue(QualifiedName.of("public", "mood"), "b", null, List.of("a"), USES),
                new Change.DropEnumValue(QualifiedName.of("public", "mood"), List.of("a", "b"), List.of("a"), USES, USES),
                new Change.CreateSequence(SEQ), new Change.AlterSequence(SEQ, SEQ), new Change.DropSequence(SEQ),
                new Change.RenameSequence(SEQ.name(), "s2"), new Change.SetSequenceOwner(SEQ.name(), new ColumnRef(T, "c")),
                new Change.DropSequenceOwner(SEQ.name(), new ColumnRef(T, "c")),
                new Change.CreateTable(TABLE), new Change.DropTable(TABLE), new Change.RenameTable(T, "u"),
                new Change.AddColumn(T, C, false), new Change.DropColumn(T, C), new Change.RenameColumn(T, "c", "d"),
                new Change.AlterColumnType(T, C, D), new Change.AlterColumnGenerated(T, C, D),
                new Change.SetNotNull(T, D), new Change.DropNotNull(T, C), new Change.SetDefault(T, "c", "1", null),
                new Change.DropDefault(T, "c", "1"), new Change.AddIdentity(T, "c", ID), new Change.DropIdentity(T, "c", ID),
                new Change.AlterIdentity(T, "c", ID, new Identity(false, ID.sequence(), ID.options())), new Change.AddPrimaryKey(T, new PrimaryKey("t_pk", List.of("c"))),
                new Change.DropPrimaryKey(T, new PrimaryKey("t_pk", List.of("c"))),
                new Change.AddUnique(T, new UniqueConstraint("u", List.of("c"), false)),
                new Change.DropUnique(T, new UniqueConstraint("u", List.of("c"), false)),
                new Change.AddCheck(T, new CheckConstraint("k", "c <> ''", true)),
                new Change.DropCheck(T, new CheckConstraint("k", "c <> ''", true)),
                new Change.AddForeignKey(T, fk("f", "c", "t")), new Change.DropForeignKey(T, fk("f", "c", "t")),
                new Change.RenameConstraint(T, "u", "u2"), new Change.RenameIndex(T, "i", "i2"),
                new Change.CreateIndex(T, INDEX), new Change.DropIndex(T, INDEX), new Change.CreateView(VIEW),
                new Change.RenameView(VIEW.name(), "w", false),
                new Change.DropView(VIEW), new Change.CreatePolicy(T, POLICY), new Change.AlterPolicy(T, POLICY, POLICY),
                new Change.DropPolicy(T, POLICY), new Change.EnableRowSecurity(T), new Change.DisableRowSecurity(T),
                new Change.SetForceRowSecurity(T, true),
                new Change.SetComment(Change.Commented.column(T, "c"), null, "the c"),
                new Change.CreateExtension(EXTENSION), new Change.DropExtension(EXTENSION), new Change.CreateDomain(DOMAIN),
                new Change.AlterDomain(DOMAIN, new Domain(DOMAIN.name(), "text", true, null, List.of())),
                new Change.DropDomain(DOMAIN), new Change.ReplaceFunction(null, FUNCTION), new Change.DropFunction(FUNCTION),
                new Change.CreateTrigger(TRIGGER), new Change.DropTrigger(TRIGGER));
    }

    @Test
    void samplesCoverEveryKind() {
        List<Class<?>> kinds = Arrays.stream(Change.class.getPermittedSubclasses())
                .flatMap(k -> k.isInterface() ? Arrays.stream(k.getPermittedSubclasses()) : java.util.stream.Stream.of(k))
                .<Class<?>>map(k -> k).toList();
        assertThat(samples().stream().map(Object::getClass).distinct().toList()).containsExactlyInAnyOrderElementsOf(kinds);
    }

    @Test
    void everyKindIsPlannedReversedAndRendered() {
        for (Change change : samples()) {
            Plan plan = Planner.plan(List.of(change));
            RenderedMigration m = MigrationRenderer.render(plan);
            assertThat(m.up()).as(change.toString()).isNotEmpty().allMatch(s -> s.strip().endsWith(";"));
            assertThat(plan.steps().get(0).reverse()).as(change.toString()).isNotEmpty();
            MigrationRenderer.statements(plan.steps().get(0).reverse());
        }
    }
}
