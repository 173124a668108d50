package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.inspect.InspectFixture;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class InspectCliIT {
    @TempDir
    Path dir;

    @Test
    void tablesIsTheDefaultAndPrintsAnAlignedTable(TestDatabase db) {
        InspectFixture.load(db);
        CliRun run = inspect(db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("SCHEMA   NAME            KIND         ROWS   TOTAL");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("public +users +table +2000 +\\d+ kB .*yes +people who sign in"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("public +active_users +view"));
        int rowsEnd = lines.get(0).indexOf("ROWS") + "ROWS".length();
        String users = lines.stream().filter(l -> l.startsWith("public   users ")).findFirst().orElseThrow();
        String payments = lines.stream().filter(l -> l.startsWith("billing  payments ")).findFirst().orElseThrow();
        assertThat(users.substring(rowsEnd - 5, rowsEnd)).as("numbers end under their header").isEqualTo(" 2000");
        assertThat(payments.substring(rowsEnd - 5, rowsEnd)).isEqualTo("   50");
        assertThat(run.out()).doesNotContain("drizzle").contains("9 relations, ");
    }

    @Test
    void tablesJsonIsOneDocumentWithBytesAndEstimates(TestDatabase db) throws IOException {
        InspectFixture.load(db);
        CliRun run = inspect(db, "tables", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("status").asText()).isEqualTo("ok");
        assertThat(doc.path("listing").asText()).isEqualTo("tables");
        assertThat(doc.path("tables")).hasSize(9);
        JsonNode users = find(doc.path("tables"), "users");
        assertThat(users.path("rowEstimate").asLong()).isEqualTo(2000);
        assertThat(users.path("totalBytes").asLong()).isPositive();
        assertThat(users.path("rowSecurity").asBoolean()).isTrue();
        assertThat(find(doc.path("tables"), "active_users").path("rowEstimate").isNull()).isTrue();
    }

    @Test
    void schemaAndTableGlobOptionsFilter(TestDatabase db) throws IOException {
        InspectFixture.load(db);
        CliRun run = inspect(db, "--json", "--schema", "public", "--table", "user*");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(names(doc.path("tables"))).containsExactly("user_sessions", "users");
        CliRun both = inspect(db, "--json", "-n", "billing,drizzle", "-t", "invoices_202?,__drizzle*");
        assertThat(names(new ObjectMapper().readTree(both.out()).path("tables")))
                .containsExactly("invoices_2024", "invoices_2025", "__drizzle_migrations");
    }

    @Test
    void trackingSchemaOptionChangesWhichSchemaIsLeftOut(TestDatabase db) {
        InspectFixture.load(db);
        CliRun run = inspect(db, "--tracking-schema", "billing");
        assertThat(run.out()).contains("__drizzle_migrations").doesNotContain("billing");
    }

    @Test
    void columnsOfATablePrintTheTableThenItsColumns(TestDatabase db) {
        InspectFixture.load(db);
        CliRun run = inspect(db, "columns", "users");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("public.users");
        assertThat(lines.get(1)).startsWith("#  COLUMN       TYPE").contains("NULLABLE", "DEFAULT", "COLLATION", "COMMENT");
        assertThat(lines.get(2)).matches("1 +id +bigint +not null +generated always as identity");
        assertThat(run.out()).contains("generated always as (lower(email)) stored").contains("login name; unique")
                .contains("7 columns.");
    }

    @Test
    void columnsJsonNamesTheTableFound(TestDatabase db) throws IOException {
        InspectFixture.load(db);
        CliRun run = inspect(db, "columns", "accounts", "--json");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("table").path("schema").asText()).isEqualTo("billing");
        assertThat(names(doc.path("columns"))).containsExactly("id", "owner_id", "plan");
        assertThat(doc.path("columns").get(2).path("default").asText()).isEqualTo("'free'::text");
    }

    @Test
    void quotedQualifiedTableName(TestDatabase db) {
        db.execute("CREATE SCHEMA \"my.app\"; CREATE TABLE \"my.app\".\"Odd Name\" (\"Id\" int)");
        CliRun run = inspect(db, "columns", "\"my.app\".\"Odd Name\"");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("my.app.Odd Name\n").contains("Id");
    }

    @Test
    void unknownTableIsExitCode2WithCloseNames(TestDatabase db) {
        InspectFixture.load(db);
        CliRun run = inspect(db, "columns", "usres");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: no table or view named \"usres\"").contains("fix: did you mean public.users");
    }

    @Test
    void unknownTableWithJsonIsAnErrorDocument(TestDatabase db) throws IOException {
        InspectFixture.load(db);
        CliRun run = inspect(db, "columns", "billing.acounts", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("status").asText()).isEqualTo("error");
        assertThat(doc.path("error").path("code").asText()).isEqualTo("inspect.unknown-table");
        assertThat(doc.path("error").path("fix").asText()).contains("billing.accounts");
    }

    @Test
    void unknownSchemaIsExitCode2WithCloseNames(TestDatabase db) {
        InspectFixture.load(db);
        CliRun run = inspect(db, "indexes", "--schema", "biling");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no schema named \"biling\"").contains("did you mean billing?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "indexes   | SCHEMA   TABLE          INDEX  | 9 indexes; ",
            "sequences | SCHEMA   SEQUENCE              TYPE | 5 sequences.",
            "enums     | SCHEMA  ENUM       LABELS | 1 enum.",
            "fks       | CONSTRAINT                                      FROM | 4 foreign keys."})
    void everyListingPrintsAHeaderAndACount(String listing, String header, String count, TestDatabase db) {
        InspectFixture.load(db);
        CliRun run = inspect(db, listing);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(header).contains(count);
    }

    @Test
    void listingsInJson(TestDatabase db) throws IOException {
        InspectFixture.load(db);
        ObjectMapper json = new ObjectMapper();
        JsonNode enums = json.readTree(inspect(db, "enums", "--json").out());
        assertThat(enums.path("enums").get(0).path("labels").toString()).isEqualTo("[\"guest\",\"reader\",\"writer\",\"admin\"]");
        JsonNode fks = json.readTree(inspect(db, "fks", "--json", "--table", "invoices").out());
        assertThat(fks.path("foreignKeys")).hasSize(2);
        JsonNode indexes = json.readTree(inspect(db, "indexes", "--json", "-t", "invoices").out());
        assertThat(indexes.path("indexes").get(0).path("scans").isNull()).as("partitioned index").isTrue();
        JsonNode sequences = json.readTree(inspect(db, "sequences", "--json", "-t", "invoice_number").out());
        assertThat(sequences.path("sequences").get(0).path("ownedBy").asText()).isEqualTo("billing.invoices.number");
    }

    @Test
    void emptyDatabaseStillPrintsTheHeader(TestDatabase db) {
        CliRun run = inspect(db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("SCHEMA  NAME  KIND  ROWS  TOTAL").endsWith("0 relations, 0 bytes in all.\n");
    }

    @Test
    void unknownListingIsExitCode2NamingTheListings() {
        CliRun run = CliRun.run(dir, "inspect", "tabels");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot list \"tabels\"").contains("tables, columns TABLE, indexes, sequences, enums, fks");
    }

    @Test
    void columnsWithoutATableIsExitCode2() {
        CliRun run = CliRun.run(dir, "inspect", "columns");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("needs a table");
    }

    @Test
    void aTableNameForAnotherListingPointsToTheGlobOption() {
        CliRun run = CliRun.run(dir, "inspect", "indexes", "users");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--table 'users'");
    }

    @Test
    void helpListsInspect() {
        assertThat(CliRun.run(dir, "--help").out()).containsPattern("inspect +Show tables, columns, indexes");
    }

    private CliRun inspect(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of("inspect"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", db.url().libpqUrl()));
        return CliRun.run(dir, all.toArray(String[]::new));
    }

    private static JsonNode find(JsonNode rows, String name) {
        for (JsonNode row : rows) {
            if (row.path("name").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row named " + name + " in " + rows);
    }

    private static List<String> names(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.path("name").asText()));
        return names;
    }
}
