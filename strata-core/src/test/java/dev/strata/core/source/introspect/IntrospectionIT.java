package dev.strata.core.source.introspect;

import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Introspection of the everything fixture, on the chosen test server and on the embedded one (two major versions). */
class IntrospectionIT {

    static Stream<Arguments> servers() {
        return Stream.of(Arguments.of("test server", TestServer.url()), Arguments.of("embedded", TestServer.embedded()));
    }

    private static void onFreshDatabase(DatabaseUrl server, String label, Consumer<TestDatabase> test) throws SQLException {
        TestDatabase db = PostgresExtension.create(server, label);
        try {
            test.accept(db);
        } finally {
            PostgresExtension.drop(server, db);
        }
    }

    private static Table table(Schema s, String schema, String name) {
        return s.table(QualifiedName.of(schema, name)).orElseThrow(() -> new AssertionError("no table " + schema + "." + name));
    }

    private static Column column(Table t, String name) {
        return t.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + t.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void columnsWithExactTypesDefaultsAndIdentity(String label, DatabaseUrl server) throws SQLException {
        onFreshDatabase(server, "introspect_columns", db -> {
            EverythingFixture.load(db);
            Schema s = EverythingFixture.read(db);
            Table accounts = table(s, "public", "accounts");
            assertThat(accounts.columns()).extracting(Column::name).startsWith("id", "email", "name", "plan", "balance");
            assertThat(column(accounts, "email").type()).isEqualTo(ColumnType.of("character varying(255)"));
            assertThat(column(accounts, "email").collation()).isEqualTo("C");
            assertThat(column(accounts, "email").comment()).isEqualTo("login name");
            assertThat(column(accounts, "balance").type().base()).isEqualTo("numeric(12,2)");
            assertThat(column(accounts, "created_at").type().base()).isEqualTo("timestamp(3) with time zone");
            assertThat(column(accounts, "created_at").notNull()).isTrue();
            assertThat(column(accounts, "duration").type().base()).isEqualTo("interval day to second");
            assertThat(column(accounts, "tags").type()).isEqualTo(new ColumnType("text", 1, null));
            assertThat(column(accounts, "matrix").type()).isEqualTo(new ColumnType("integer", 2, null));
            assertThat(column(accounts, "statuses").type())
                    .isEqualTo(new ColumnType("status", 1, QualifiedName.of("public", "status")));
            assertThat(column(accounts, "quantity").type().userType()).isEqualTo(QualifiedName.of("public", "positive_int"));
            assertThat(column(accounts, "plan").defaultSql()).isEqualTo("'free'::character varying");
            assertThat(column(accounts, "legacy_id").defaultSql()).isEqualTo("nextval('accounts_legacy_id_seq'::regclass)");
            assertThat(column(accounts, "email_lower").generated()).isEqualTo("lower((email)::text)");
            assertThat(column(accounts, "email_lower").defaultSql()).isNull();
            assertThat(accounts.comment()).isEqualTo("People who pay; it's important");
            assertThat(accounts.primaryKey().columns()).containsExactly("id");

            Column projectId = column(table(s, "public", "projects"), "id");
            assertThat(projectId.identity().always()).isTrue();
            assertThat(projectId.identity().sequence()).isEqualTo(QualifiedName.of("public", "projects_id_seq"));
            assertThat(projectId.identity().options()).isEqualTo(new SequenceOptions(2, 10, 1, 100000, 5, false));
            assertThat(column(table(s, "billing", "invoices"), "id").identity().always()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void constraintsIndexesAndPolicies(String label, DatabaseUrl server) throws SQLException {
        onFreshDatabase(server, "introspect_constraints", db -> {
            int major = EverythingFixture.major(server);
            EverythingFixture.load(db);
            Schema s = EverythingFixture.read(db);
            Table projects = table(s, "public", "projects");
            ForeignKey parent = projects.foreignKeys().stream().filter(f -> f.name().equals("projects_parent_fk")).findFirst().orElseThrow();
            assertThat(parent.matchFull()).isTrue();
            assertThat(parent.deferral()).isEqualTo(Deferral.DEFERRABLE_DEFERRED);
            assertThat(parent.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
            assertThat(projects.uniques()).singleElement().satisfies(u -> {
                assertThat(u.columns()).containsExactly("account_id", "slug");
                assertThat(u.nullsNotDistinct()).isEqualTo(major >= 15);
            });
            assertThat(projects.checks()).singleElement().satisfies(c -> {
                assertThat(c.expression()).isEqualTo("length(title) < 200");
                assertThat(c.validated()).isFalse();
            });
            Index title = projects.indexes().stream().filter(i -> i.name().equals("projects_title_idx")).findFirst().orElseThrow();
            assertThat(title.keys()).containsExactly(new IndexKey("lower(title)", true, true, false, null, null));
            assertThat(title.include()).containsExactly("status");
            assertThat(title.where()).isEqualTo("archived_at IS NULL");
            assertThat(title.with()).containsEntry("fillfactor", "70");
            Index accountTitle = projects.indexes().stream().filter(i -> i.name().equals("projects_account_title_idx")).findFirst().orElseThrow();
            assertThat(accountTitle.unique()).isTrue();
            assertThat(accountTitle.keys()).containsExactly(IndexKey.column("account_id"),
                    new IndexKey("title", false, false, false, "text_pattern_ops", "C"));
            assertThat(projects.security()).isEqualTo(new Table.RowSecurity(true, true));
            assertThat(projects.policies()).extracting(p -> p.name() + " " + p.permissive() + " " + p.command() + " " + p.roles())
                    .containsExactlyInAnyOrder("projects_owner true SELECT [public]", "projects_insert false INSERT [postgres]");

            Table invoices = table(s, "billing", "invoices");
            assertThat(invoices.primaryKey().columns()).containsExactly("id", "account_id");
            assertThat(invoices.foreignKeys()).filteredOn(f -> f.name().equals("invoices_account_fk"))
                    .singleElement().satisfies(f -> assertThat(f.validated()).isFalse());
            assertThat(invoices.indexes()).extracting(Index::name, Index::method).contains(
                    org.assertj.core.groups.Tuple.tuple("invoices_lines_gin", "gin"),
                    org.assertj.core.groups.Tuple.tuple("invoices_period_gist", "gist"),
                    org.assertj.core.groups.Tuple.tuple("invoices_issued_brin", "brin"));
            assertThat(invoices.indexes()).filteredOn(i -> i.method().equals("gin")).singleElement()
                    .satisfies(i -> assertThat(i.keys().get(0).opclass()).isEqualTo("jsonb_path_ops"));
            assertThat(table(s, "public", "teams").foreignKeys()).extracting(ForeignKey::target)
                    .containsExactly(QualifiedName.of("public", "people"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void schemaLevelObjects(String label, DatabaseUrl server) throws SQLException {
        onFreshDatabase(server, "introspect_objects", db -> {
            EverythingFixture.load(db);
            Schema s = EverythingFixture.read(db);
            assertThat(s.schemas()).containsExactly("Odd \"Schema\"", "billing");
            assertThat(s.extensions()).extracting(e -> e.name()).containsExactly("pgcrypto");
            assertThat(s.functions()).extracting(f -> f.signature())
                    .containsExactly("billing.next_number(prefix text)", "public.touch_updated_at()")
                    .as("pgcrypto's functions belong to the extension");
            assertThat(s.functions().get(1).definition()).contains("NEW.updated_at := now(); -- a semicolon inside the body");
            assertThat(s.triggers()).singleElement().satisfies(t -> assertThat(t.definition())
                    .startsWith("CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts"));
            assertThat(s.enums()).extracting(e -> e.name() + "=" + e.values())
                    .containsExactly("billing.currency=[EUR, USD]", "public.status=[draft, published, archived]");
            assertThat(s.domains()).singleElement().satisfies(d -> {
                assertThat(d.baseType()).isEqualTo("integer");
                assertThat(d.notNull()).isTrue();
                assertThat(d.checks()).singleElement().satisfies(c -> assertThat(c.expression()).isEqualTo("VALUE > 0"));
            });
            assertThat(s.sequences()).extracting(q -> q.name().toString()).containsExactly(
                    "billing.countdown", "public.accounts_legacy_id_seq", "public.invoice_number");
            assertThat(s.sequences().get(0).options()).isEqualTo(SequenceOptions.defaults("bigint", -1));
            assertThat(s.sequences().get(1).ownedBy().toString()).isEqualTo("public.accounts.legacy_id");
            assertThat(s.sequences().get(2).options()).isEqualTo(new SequenceOptions(5, 100, 100, 999999, 10, true));
            assertThat(s.views()).extracting(v -> v.name().toString()).containsExactly(
                    "public.active_projects", "public.active_project_titles", "billing.totals");
            assertThat(s.views().get(1).options()).containsEntry("security_invoker", "true");
            assertThat(s.views().get(2).materialized()).isTrue();
            assertThat(s.views().get(2).withData()).isFalse();
            assertThat(s.views().get(0).comment()).isEqualTo("not archived");
            Table events = table(s, "public", "events");
            assertThat(events.partitioning().key()).isEqualTo("RANGE (at)");
            assertThat(events.indexes()).extracting(Index::name).containsExactly("events_at_idx");
            Table partition = table(s, "public", "events_2026");
            assertThat(partition.partitioning().parent()).isEqualTo(QualifiedName.of("public", "events"));
            assertThat(partition.indexes()).as("the partition's copy of the parent index").isEmpty();
            assertThat(table(s, "Odd \"Schema\"", ";drop table x;--").columns()).extracting(Column::name)
                    .containsExactly("weird \"col\"", "UPPER");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void readingTwiceGivesEqualModels(String label, DatabaseUrl server) throws SQLException {
        onFreshDatabase(server, "introspect_twice", db -> {
            EverythingFixture.load(db);
            assertThat(EverythingFixture.read(db)).isEqualTo(EverythingFixture.read(db));
        });
    }
}
