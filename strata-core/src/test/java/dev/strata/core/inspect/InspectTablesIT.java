package dev.strata.core.inspect;

import dev.strata.core.StrataException;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class InspectTablesIT {

    @Test
    void listsEveryKindOfRelationInEveryUserSchemaByName(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        List<TableInfo> tables = tables(db, InspectFilter.all());
        assertThat(tables).extracting(t -> t.tableName().toString()).containsExactly(
                "billing.account_totals", "billing.accounts", "billing.invoices", "billing.invoices_2024",
                "billing.invoices_2025", "billing.payments", "public.active_users", "public.user_sessions", "public.users");
        Map<String, TableInfo> byName = byName(tables);
        assertThat(byName.get("public.users").kind()).isEqualTo(RelationKind.TABLE);
        assertThat(byName.get("billing.invoices").kind()).isEqualTo(RelationKind.PARTITIONED);
        assertThat(byName.get("public.active_users").kind()).isEqualTo(RelationKind.VIEW);
        assertThat(byName.get("billing.account_totals").kind()).isEqualTo(RelationKind.MATVIEW);
    }

    @Test
    void rowEstimatesAfterAnalyzeAndSizesThatAddUp(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        Map<String, TableInfo> byName = byName(tables(db, InspectFilter.all()));
        TableInfo users = byName.get("public.users");
        assertThat(users.rowEstimate()).isEqualTo(2000);
        assertThat(users.tableBytes()).isPositive();
        assertThat(users.indexBytes()).isPositive();
        assertThat(users.toastBytes()).as("20 bios of 4000 bytes stored out of line").isGreaterThan(80_000);
        assertThat(users.totalBytes()).isEqualTo(users.tableBytes() + users.indexBytes() + users.toastBytes());
        assertThat(users.rowSecurity()).isTrue();
        assertThat(users.comment()).isEqualTo("people who sign in");
        assertThat(byName.get("public.user_sessions").rowEstimate()).isEqualTo(300);
        assertThat(byName.get("public.user_sessions").rowSecurity()).isFalse();
        assertThat(byName.get("public.user_sessions").comment()).isNull();
        assertThat(byName.get("billing.account_totals").rowEstimate()).isEqualTo(100);
        assertThat(byName.get("billing.account_totals").totalBytes()).isPositive();
    }

    @Test
    void partitionedTableSumsItsPartitions(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        Map<String, TableInfo> byName = byName(tables(db, InspectFilter.all()));
        TableInfo parent = byName.get("billing.invoices");
        TableInfo y2024 = byName.get("billing.invoices_2024");
        TableInfo y2025 = byName.get("billing.invoices_2025");
        assertThat(parent.rowEstimate()).isEqualTo(1000).isEqualTo(y2024.rowEstimate() + y2025.rowEstimate());
        assertThat(parent.totalBytes()).isPositive().isEqualTo(y2024.totalBytes() + y2025.totalBytes());
        assertThat(parent.indexBytes()).isEqualTo(y2024.indexBytes() + y2025.indexBytes());
    }

    @Test
    void viewHasNoSizeAndAnUnknownEstimate(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        TableInfo view = byName(tables(db, InspectFilter.all())).get("public.active_users");
        assertThat(view.rowEstimateKnown()).isFalse();
        assertThat(view.rowEstimate()).isEqualTo(TableInfo.UNKNOWN);
        assertThat(view.totalBytes()).isZero();
    }

    @Test
    void rowEstimateIsUnknownUntilTheTableIsAnalyzed(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE fresh (a int, b text)");
        assertThat(single(db, "fresh").rowEstimateKnown()).isFalse();
        db.execute("ANALYZE fresh");
        assertThat(single(db, "fresh").rowEstimate()).isZero();
        db.execute("INSERT INTO fresh SELECT g, 'row ' || g FROM generate_series(1, 250) g; ANALYZE fresh");
        assertThat(single(db, "fresh").rowEstimate()).isEqualTo(250);
    }

    @Test
    void trackingSchemaIsLeftOutUnlessNamed(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(tables(db, InspectFilter.all())).noneMatch(t -> t.schema().equals("drizzle"));
        assertThat(tables(db, InspectFilter.all().inSchemas(List.of("drizzle"))))
                .extracting(t -> t.tableName().toString()).containsExactly("drizzle.__drizzle_migrations");
        assertThat(tables(db, InspectFilter.all().withTrackingSchema("billing")))
                .extracting(TableInfo::schema).contains("drizzle").doesNotContain("billing");
    }

    @Test
    void systemSchemasAreLeftOut(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(tables(db, InspectFilter.all().withTrackingSchema(null))).extracting(TableInfo::schema)
                .containsOnly("billing", "drizzle", "public");
    }

    @Test
    void schemaFilterKeepsOnlyTheNamedSchemas(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(tables(db, InspectFilter.all().inSchemas(List.of("public")))).extracting(TableInfo::name)
                .containsExactly("active_users", "user_sessions", "users");
    }

    @Test
    void tableGlobKeepsMatchingNamesOnly(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(tables(db, InspectFilter.all().matching(List.of("user*")))).extracting(TableInfo::name)
                .containsExactly("user_sessions", "users");
        assertThat(tables(db, InspectFilter.all().matching(List.of("invoices_202?", "accounts"))))
                .extracting(TableInfo::name).containsExactly("accounts", "invoices_2024", "invoices_2025");
    }

    @Test
    void globTreatsPercentAndUnderscoreLiterally(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE a_b (x int); CREATE TABLE axb (x int); CREATE TABLE \"a%\" (x int)");
        assertThat(tables(db, InspectFilter.all().matching(List.of("a_b")))).extracting(TableInfo::name).containsExactly("a_b");
        assertThat(tables(db, InspectFilter.all().matching(List.of("a%")))).extracting(TableInfo::name).containsExactly("a%");
    }

    @Test
    void unknownSchemaIsAnInputErrorNamingCloseOnes(TestDatabase db) {
        InspectFixture.load(db);
        assertThatThrownBy(() -> tables(db, InspectFilter.all().inSchemas(List.of("biling"))))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("inspect.unknown-schema");
                    assertThat(e.problem().message()).contains("\"biling\"");
                    assertThat(e.problem().fix()).contains("billing");
                });
    }

    @Test
    void namesWithQuotesAndSpacesAreReadAsData(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA \"it's \"\"odd\"\"\"; CREATE TABLE \"it's \"\"odd\"\"\".\"Mixed Case; DROP\" (x int)");
        assertThat(tables(db, InspectFilter.all().inSchemas(List.of("it's \"odd\"")).matching(List.of("Mixed*"))))
                .extracting(t -> t.tableName().toString()).containsExactly("it's \"odd\".Mixed Case; DROP");
    }

    private static List<TableInfo> tables(TestDatabase db, InspectFilter filter) throws SQLException {
        try (Connection c = db.connect()) {
            return new Inspector(c).tables(filter);
        }
    }

    private static TableInfo single(TestDatabase db, String name) throws SQLException {
        List<TableInfo> tables = tables(db, InspectFilter.all().matching(List.of(name)));
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static Map<String, TableInfo> byName(List<TableInfo> tables) {
        return tables.stream().collect(Collectors.toMap(t -> t.tableName().toString(), Function.identity()));
    }
}
