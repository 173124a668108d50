package dev.strata.core.source.snapshot;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Function;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;
import dev.strata.core.model.Trigger;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshot → model → snapshot gives every real drizzle-kit snapshot back (apart from ids and order, and the fields
 * listed in {@link #CANNOT_ROUND_TRIP}); model → snapshot → model is the identity for a model with every feature.
 */
class SnapshotModelRoundTripTest {
    /** What the model does not hold; {@code docs/snapshot-differences.md} says the same. */
    static final List<SnapshotDiff.Allowed> CANNOT_ROUND_TRIP = List.of(
            SnapshotDiff.Allowed.of("pull-internal", "/internal",
                    "pull's kit-internal hints (isArray, rawType, isDefaultAnExpression): not schema, never generated"),
            SnapshotDiff.Allowed.of("view-columns", "/views/[^/]+/columns/.+",
                    "a view's column list is derived from its query; the model keeps the query only"),
            SnapshotDiff.Allowed.of("existing-view", "/views/[^/]+",
                    ".existing() views are not in the database, so not in the model",
                    d -> d.actual() == null && d.expected().path("isExisting").asBoolean()));

    /** pull writes some things unlike generate, whose spelling ModelToSnapshot writes. */
    static final List<SnapshotDiff.Allowed> PULL_SPELLINGS = List.of(
            SnapshotDiff.Allowed.of("pull-timestamp-spelling", "/(tables|views)/[^/]+/columns/[^/]+/type",
                    "pull spells `timestamp(3) with time zone` where generate writes `timestamp (3) with time zone`",
                    d -> d.expected().asText().replace(" (", "(").equals(d.actual().asText().replace(" (", "("))),
            SnapshotDiff.Allowed.of("pull-schemaTo-public", "/tables/[^/]+/foreignKeys/[^/]+/schemaTo",
                    "pull writes `schemaTo: \"public\"`, generate leaves it out for public",
                    d -> d.expected().asText().equals("public") && d.actual() == null),
            SnapshotDiff.Allowed.of("pull-option-strings", "/tables/[^/]+/indexes/[^/]+/with/[^/]+",
                    "pull writes storage options as strings (`\"70\"`), generate as given in the schema (`70`)",
                    d -> d.expected().isTextual() && d.expected().asText().equals(d.actual().asText())),
            SnapshotDiff.Allowed.of("pull-nextval-regclass", "/tables/[^/]+/columns/[^/]+/default",
                    "pull keeps PostgreSQL's `nextval('s'::regclass)`, generate has the text the schema gave",
                    d -> d.expected().asText().replace("'::regclass)", "')").equals(d.actual().asText())),
            SnapshotDiff.Allowed.of("pull-quoted-numbers", "/tables/[^/]+/columns/[^/]+/default",
                    "pull writes PostgreSQL's `'-1'::integer` as \"'-1'\", generate a number default as a JSON number",
                    d -> d.expected().asText().matches("'-?\\d+'")
                            && d.expected().asText().replace("'", "").equals(d.actual().asText())));

    private static List<SnapshotDiff.Allowed> allowedFor(Path file) {
        boolean pull = file.getParent().getParent().getFileName().toString().equals("pull");
        return pull ? java.util.stream.Stream.concat(CANNOT_ROUND_TRIP.stream(), PULL_SPELLINGS.stream()).toList()
                : CANNOT_ROUND_TRIP;
    }

    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    static List<Path> vectorSnapshots() throws IOException {
        return SnapshotJsonTest.vectorSnapshots();
    }

    @ParameterizedTest
    @MethodSource("vectorSnapshots")
    void givesBackEveryVectorSnapshotThroughTheModel(Path file) {
        Snapshot original = SnapshotJson.read(file);

        Snapshot again = ModelToSnapshot.snapshot(SnapshotToModel.schema(original));

        List<String> unexpected = new java.util.ArrayList<>();
        for (SnapshotDiff.Difference d : SnapshotDiff.between(original, again)) {
            SnapshotDiff.Allowed allowed = allowedFor(file).stream().filter(a -> a.covers(d)).findFirst().orElse(null);
            if (allowed == null) {
                unexpected.add(d.toString());
            } else {
                USED.add(allowed.name());
            }
        }
        assertThat(unexpected).as("%s through the model", file).isEmpty();
    }

    @AfterAll
    static void everyAllowedDifferenceOccurs() {
        assertThat(USED).as("allowed differences that some vector needs")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(CANNOT_ROUND_TRIP.stream(),
                        PULL_SPELLINGS.stream()).map(SnapshotDiff.Allowed::name).toList());
    }

    @Test
    void modelWithEveryFeatureSurvivesTheSnapshot() {
        Schema model = everyFeature();

        Snapshot snapshot = ModelToSnapshot.snapshot(model);
        Schema back = SnapshotToModel.schema(SnapshotJson.parse(SnapshotJson.write(snapshot), "every-feature.json"));

        assertThat(back.normalized()).isEqualTo(model.normalized());
    }

    @Test
    void optionsDrizzleHasNoFieldForComeBackThroughTheStrataKey() {
        QualifiedName notes = QualifiedName.of("public", "notes");
        Table table = new Table(notes,
                List.of(Column.of("id", ColumnType.of("integer"), true), Column.of("a", ColumnType.of("integer"), false),
                        Column.of("b", ColumnType.of("text"), false)),
                new PrimaryKey("notes_pkey", List.of("id")), List.of(),
                List.of(new CheckConstraint("notes_a_check", "(a > 0)", false), new CheckConstraint("notes_b_check", "(b <> '')", true)),
                List.of(new ForeignKey("notes_a_fk", List.of("a"), notes, List.of("id"), ReferentialAction.NO_ACTION,
                                ReferentialAction.NO_ACTION, true, Deferral.DEFERRABLE_DEFERRED, false),
                        new ForeignKey("notes_b_fk", List.of("a"), notes, List.of("id"), ReferentialAction.CASCADE,
                                ReferentialAction.NO_ACTION, false, Deferral.NOT_DEFERRABLE, true)),
                List.of(new Index("notes_a_idx", true, "btree", List.of(IndexKey.column("a")), List.of("b"), null, Map.of(), true)),
                List.of(), new Table.RowSecurity(true, true), null, null);
        Schema model = new Schema(List.of(), List.of(), List.of(), List.of(),
                List.of(new Sequence(QualifiedName.of("public", "ticket"), "integer", SequenceOptions.defaults("integer", 1), null)),
                List.of(table),
                List.of(new View(QualifiedName.of("public", "recent"), "select 1", false, Map.of(), true, "the recent notes")),
                List.of(), List.of());

        Snapshot snapshot = ModelToSnapshot.snapshot(model);
        Schema back = SnapshotToModel.schema(SnapshotJson.parse(SnapshotJson.write(snapshot), "options.json"));

        assertThat(back.normalized()).isEqualTo(model.normalized());
        assertThat(snapshot.strata().tables()).singleElement().satisfies(o -> {
            assertThat(o.foreignKeys()).extracting(StrataExtension.ForeignKeyOptions::name).containsExactly("notes_a_fk");
            assertThat(o.notValidChecks()).containsExactly("notes_a_check");
        });
    }

    @Test
    void collationsAndSequenceOwnersComeBackThroughTheStrataKeyWrittenOnlyWhenTheyAreThere() {
        ColumnRef owner = new ColumnRef(QualifiedName.of("public", "people"), "legacy_id");
        Schema collated = people("C", "POSIX", owner);

        String plain = SnapshotJson.write(ModelToSnapshot.snapshot(people(null, null, null)));
        Snapshot snapshot = ModelToSnapshot.snapshot(collated);
        Schema back = SnapshotToModel.schema(SnapshotJson.parse(SnapshotJson.write(snapshot), "people.json"));

        assertThat(plain).doesNotContain("\"strata\"");
        assertThat(back.normalized()).isEqualTo(collated.normalized());
        assertThat(snapshot.strata().tables()).singleElement().satisfies(o -> {
            assertThat(o.columns()).containsExactly(new StrataExtension.ColumnCollation("name", "C"));
            assertThat(o.indexes()).singleElement().satisfies(i -> assertThat(i.collations()).containsExactly(null, "POSIX"));
        });
        assertThat(snapshot.strata().sequences()).containsExactly(
                new StrataExtension.SequenceOptions("public", "legacy", "bigint", owner));
    }

    private static Schema people(String nameCollation, String keyCollation, ColumnRef legacyOwner) {
        Table people = new Table(QualifiedName.of("public", "people"),
                List.of(Column.of("id", ColumnType.of("integer"), true),
                        new Column("name", ColumnType.of("text"), false, null, null, null, nameCollation, null),
                        Column.of("legacy_id", ColumnType.of("integer"), false)),
                null, List.of(), List.of(), List.of(),
                List.of(new Index("people_name_idx", false, "btree", List.of(IndexKey.column("id"),
                        new IndexKey("name", false, false, false, null, keyCollation)), List.of(), null, Map.of(), false)),
                List.of(), null, null, null);
        return new Schema(List.of(), List.of(), List.of(), List.of(),
                List.of(new Sequence(QualifiedName.of("public", "legacy"), "bigint", SequenceOptions.defaults("bigint", 1),
                        legacyOwner)),
                List.of(people), List.of(), List.of(), List.of());
    }

    @Test
    void commentsComeBackOnTheirOwnTableAndColumnOnly() {
        Table commented = new Table(QualifiedName.of("app", "notes"),
                List.of(Column.of("body", ColumnType.of("text"), false).withComment("the note"),
                        Column.of("title", ColumnType.of("text"), false)),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, "notes of app", null);
        Table sameName = new Table(QualifiedName.of("public", "notes"),
                List.of(Column.of("body", ColumnType.of("text"), false)),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        Schema model = new Schema(List.of("app"), List.of(), List.of(), List.of(), List.of(),
                List.of(sameName, commented), List.of(), List.of(), List.of());

        Schema back = SnapshotToModel.schema(SnapshotJson.parse(SnapshotJson.write(ModelToSnapshot.snapshot(model)), "notes.json"));

        Table app = back.table(QualifiedName.of("app", "notes")).orElseThrow();
        Table pub = back.table(QualifiedName.of("public", "notes")).orElseThrow();
        assertThat(app.comment()).isEqualTo("notes of app");
        assertThat(app.column("body").orElseThrow().comment()).isEqualTo("the note");
        assertThat(app.column("title").orElseThrow().comment()).isNull();
        assertThat(pub.comment()).isNull();
        assertThat(pub.column("body").orElseThrow().comment()).isNull();
    }

    @Test
    void writesSerialForAnIntegerWithItsOwnedSequenceAndLeavesTheSequenceOut() {
        Snapshot s = ModelToSnapshot.snapshot(everyFeature());

        SnapshotColumn id = s.tables().get("public.projects").columns().get("id");
        assertThat(id.type()).isEqualTo("serial");
        assertThat(id.defaultValue()).isNull();
        assertThat(id.primaryKey()).isTrue();
        assertThat(s.sequences()).containsOnlyKeys("app.invoice_no");
    }

    @Test
    void writesDrizzleSpellingsOfTypesAndDefaults() {
        Map<String, SnapshotColumn> c = ModelToSnapshot.snapshot(everyFeature()).tables().get("app.invoices").columns();

        assertThat(c.get("amount").type()).isEqualTo("numeric(12, 2)");
        assertThat(c.get("amount").defaultValue()).isEqualTo(new SnapshotDefault.Text("'0.00'"));
        assertThat(c.get("issued_at").type()).isEqualTo("timestamp (3) with time zone");
        assertThat(c.get("code").type()).isEqualTo("varchar(20)");
        assertThat(c.get("code").defaultValue()).isEqualTo(new SnapshotDefault.Text("'new'"));
        assertThat(c.get("lines").defaultValue()).isEqualTo(SnapshotDefault.Number.of(1));
        assertThat(c.get("paid").defaultValue()).isEqualTo(new SnapshotDefault.Bool(false));
        assertThat(c.get("cur").type()).isEqualTo("currency");
        assertThat(c.get("cur").typeSchema()).isEqualTo("app");
        assertThat(c.get("tags").type()).isEqualTo("currency[]");
        assertThat(c.get("tags").defaultValue()).isEqualTo(new SnapshotDefault.Text("'{\"usd\",\"eur\"}'"));
        assertThat(c.get("country").type()).isEqualTo("char(2)");
        assertThat(c.get("due").type()).isEqualTo("timestamp");
    }

    private static final QualifiedName PROJECTS = QualifiedName.of("public", "projects");
    private static final QualifiedName INVOICES = QualifiedName.of("app", "invoices");
    private static final QualifiedName CURRENCY = QualifiedName.of("app", "currency");
    private static final QualifiedName STATUS = QualifiedName.of("public", "status");
    private static final QualifiedName EMAIL = QualifiedName.of("app", "email_address");

    static Schema everyFeature() {
        return new Schema(List.of("app"), List.of(new Extension("pgcrypto", "public")),
                List.of(new EnumType(CURRENCY, List.of("usd", "eur")), new EnumType(STATUS, List.of("draft", "live"))),
                List.of(new Domain(EMAIL, "text", true, "'nobody@example.com'::text",
                        List.of(new CheckConstraint("email_has_at", "(VALUE ~~ '%@%'::text)", true),
                                new CheckConstraint("Email Short", "(length(VALUE) < 200)", false)))),
                List.of(Serials.sequence(PROJECTS, "id", "integer"),
                        new Sequence(QualifiedName.of("app", "invoice_no"), "bigint",
                                new SequenceOptions(-2, -10, -1000, -10, 5, true), new ColumnRef(INVOICES, "lines"))),
                List.of(projects(), invoices(), members()),
                List.of(new View(QualifiedName.of("public", "live_projects"),
                                " SELECT projects.id\n   FROM projects\n  WHERE (projects.status = 'live'::status);", false,
                                Map.of("security_invoker", "true", "check_option", "local"), true, null),
                        new View(QualifiedName.of("app", "totals"), " SELECT sum(amount) AS s FROM app.invoices;", true,
                                Map.of("fillfactor", "50"), false, null)),
                List.of(new Function(QualifiedName.of("public", "touch"), "",
                        "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $$ BEGIN"
                                + " NEW.title := trim(NEW.title); RETURN NEW; END; $$")),
                List.of(new Trigger(PROJECTS, "projects_touch",
                        "CREATE TRIGGER projects_touch BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION touch()")));
    }

    private static Table projects() {
        List<Column> columns = List.of(
                Column.of("id", ColumnType.of("integer"), true).withDefault("nextval('projects_id_seq'::regclass)"),
                Column.of("title", ColumnType.of("character varying(255)"), true).withComment("shown in lists"),
                Column.of("status", new ColumnType("status", 0, STATUS), true).withDefault("'draft'::status"),
                Column.of("data", ColumnType.of("jsonb"), false).withDefault("'{\"a\":[1,2]}'::jsonb"),
                Column.of("scores", new ColumnType("integer", 2, null), false),
                Column.of("created_at", ColumnType.of("timestamp with time zone"), false).withDefault("now()"),
                new Column("double_id", ColumnType.of("bigint"), false, null, null, "(id * 2)", null, null));
        List<Index> indexes = List.of(
                new Index("projects_title_lower", true, "btree",
                        List.of(new IndexKey("lower((title)::text)", true, false, false, null, null)), List.of(),
                        "(status = 'live'::status)", Map.of("fillfactor", "70"), false),
                new Index("projects_data_gin", false, "gin",
                        List.of(new IndexKey("data", false, false, false, "jsonb_path_ops", null)), List.of(), null,
                        Map.of(), false),
                new Index("projects_created", false, "btree",
                        List.of(new IndexKey("created_at", false, true, false, null, null),
                                new IndexKey("title", false, false, true, null, "C")), List.of(), null, Map.of(), false));
        return new Table(PROJECTS, columns, new PrimaryKey("projects_pkey", List.of("id")),
                List.of(new UniqueConstraint("projects_title_key", List.of("title"), true)),
                List.of(new CheckConstraint("projects_title_len", "(length((title)::text) > 0)", true)),
                List.of(), indexes,
                List.of(new Policy("projects_read", true, "SELECT", List.of("public"), "true", null),
                        new Policy("projects_write", false, "INSERT", List.of("postgres", "current_user"), null,
                                "(status = 'draft'::status)")),
                new Table.RowSecurity(true, false), "all projects", null);
    }

    private static Table invoices() {
        SequenceOptions identity = new SequenceOptions(5, 10, 10, 100000, 20, true);
        List<Column> columns = List.of(
                new Column("id", ColumnType.of("bigint"), true, null,
                        new Identity(false, QualifiedName.of("app", "invoices_id_seq"), identity), null, null, null),
                Column.of("project_id", ColumnType.of("integer"), false),
                Column.of("amount", ColumnType.of("numeric(12,2)"), true).withDefault("0.00"),
                Column.of("issued_at", ColumnType.of("timestamp(3) with time zone"), false),
                Column.of("due", ColumnType.of("timestamp without time zone"), false),
                Column.of("code", ColumnType.of("character varying(20)"), false).withDefault("'new'::character varying"),
                Column.of("lines", ColumnType.of("smallint"), false).withDefault("1"),
                Column.of("paid", ColumnType.of("boolean"), false).withDefault("false"),
                Column.of("cur", new ColumnType("currency", 0, CURRENCY), true),
                Column.of("tags", new ColumnType("currency", 1, CURRENCY), false).withDefault("'{\"usd\",\"eur\"}'::app.currency[]"),
                new Column("country", ColumnType.of("character(2)"), false, null, null, null, "POSIX", null),
                Column.of("contact", new ColumnType("email_address", 0, EMAIL), false));
        return new Table(INVOICES, columns, new PrimaryKey("invoices_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("invoices_project_fk", List.of("project_id"), PROJECTS, List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.CASCADE, false, Deferral.NOT_DEFERRABLE, true)),
                List.of(), List.of(), new Table.RowSecurity(true, false), null, null);
    }

    private static Table members() {
        QualifiedName members = QualifiedName.of("app", "members");
        return new Table(members,
                List.of(Column.of("invoice_id", ColumnType.of("bigint"), true),
                        Column.of("project_id", ColumnType.of("integer"), true)),
                new PrimaryKey("members_invoice_id_project_id_pk", List.of("invoice_id", "project_id")),
                List.of(), List.of(),
                List.of(new ForeignKey("members_invoice_fk", List.of("invoice_id"), INVOICES, List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, Deferral.NOT_DEFERRABLE, true)),
                List.of(), List.of(), Table.RowSecurity.OFF, null, null);
    }
}
