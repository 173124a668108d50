package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class SchemaIT {

    @Test
    void describesTablesKeysIndexesEnumsSequencesViewsPoliciesAndComments(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            JsonNode schema = studio.json("/api/schema");
            assertThat(texts(schema.get("schemas"))).contains("public", "billing");

            JsonNode users = table(schema, "public", "users");
            assertThat(users.get("kind").asText()).isEqualTo("table");
            assertThat(users.get("comment").asText()).isEqualTo("people who order");
            assertThat(users.get("rowEstimate").asLong()).isEqualTo(250);
            assertThat(users.get("totalBytes").asLong()).isPositive();
            assertThat(users.get("primaryKey").get("columns").toString()).isEqualTo("[\"id\"]");
            assertThat(users.get("uniques").get(0).get("columns").toString()).isEqualTo("[\"email\"]");
            assertThat(users.get("checks").get(0).get("name").asText()).isEqualTo("users_score_range");
            JsonNode email = column(users, "email");
            assertThat(email.get("type").asText()).isEqualTo("character varying(200)");
            assertThat(email.get("comment").asText()).isEqualTo("where receipts go");
            assertThat(email.get("nullable").asBoolean()).isTrue();
            assertThat(texts(column(users, "mood").get("enumValues"))).containsExactly("happy", "sad", "ok");
            assertThat(column(users, "active").get("default").asText()).isEqualTo("true");
            assertThat(column(users, "id").get("primaryKey").asBoolean()).isTrue();
            List<String> indexes = new ArrayList<>();
            for (JsonNode i : users.get("indexes")) {
                indexes.add(i.get("name").asText());
                assertThat(i.get("bytes").asLong()).as(i.toString()).isPositive();
                assertThat(i.get("definition").asText()).startsWith("CREATE ");
            }
            assertThat(indexes).contains("users_pkey", "users_email_key", "users_name_idx");

            JsonNode orders = table(schema, "public", "orders");
            assertThat(orders.get("rls").asBoolean()).isTrue();
            JsonNode fk = orders.get("foreignKeys").get(0);
            assertThat(fk.get("refTable").asText()).isEqualTo("users");
            assertThat(fk.get("refColumns").toString()).isEqualTo("[\"id\"]");
            assertThat(fk.get("onDelete").asText()).isEqualTo("cascade");
            assertThat(column(orders, "user_id").get("references").toString())
                    .isEqualTo("{\"schema\":\"public\",\"table\":\"users\",\"column\":\"id\"}");
            JsonNode policy = orders.get("policies").get(0);
            assertThat(policy.get("name").asText()).isEqualTo("orders_owner");
            assertThat(policy.get("command").asText()).isEqualTo("SELECT");
            assertThat(policy.get("using").asText()).contains("user_id > 0");

            assertThat(table(schema, "public", "big_orders").get("kind").asText()).isEqualTo("view");
            assertThat(table(schema, "public", "order_totals").get("kind").asText()).isEqualTo("materialized view");
            assertThat(table(schema, "billing", "Invoice Lines").get("primaryKey").get("columns").get(0).asText()).isEqualTo("Line");
            assertThat(schema.get("enums").toString()).contains("\"name\":\"mood\"", "\"values\":[\"happy\",\"sad\",\"ok\"]");
            JsonNode sequence = find(schema.get("sequences"), "invoice_numbers");
            assertThat(sequence.get("start").asLong()).isEqualTo(1000);
            assertThat(sequence.get("increment").asLong()).isEqualTo(10);
            assertThat(find(schema.get("views"), "big_orders").get("definition").asText()).contains("total > 100");
            assertThat(find(schema.get("views"), "order_totals").get("materialized").asBoolean()).isTrue();
        }
    }

    @Test
    void diagramHasATableNodePerTableAndAnEdgePerForeignKey(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            JsonNode diagram = studio.json("/api/diagram");
            List<String> ids = new ArrayList<>();
            diagram.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
            assertThat(ids).contains("public.users", "public.orders", "public.logbook", "billing.Invoice Lines");
            JsonNode edge = diagram.get("edges").get(0);
            assertThat(edge.get("from").asText()).isEqualTo("public.orders");
            assertThat(edge.get("to").asText()).isEqualTo("public.users");
            assertThat(edge.get("columns").toString()).isEqualTo("[\"user_id\"]");
            assertThat(diagram.get("edges")).hasSize(1);
        }
    }

    static JsonNode table(JsonNode schema, String schemaName, String name) {
        for (JsonNode t : schema.get("tables")) {
            if (t.get("schema").asText().equals(schemaName) && t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + schemaName + "." + name);
    }

    static JsonNode column(JsonNode table, String name) {
        return find(table.get("columns"), name);
    }

    static JsonNode find(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
