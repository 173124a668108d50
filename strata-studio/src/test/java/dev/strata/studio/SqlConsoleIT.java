package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class SqlConsoleIT {

    @Test
    void returnsTheLastStatementsRowsCappedAtAThousand(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            JsonNode r = StudioHarness.parse(studio.sql("SELECT 1; SELECT i, i::text AS t, '{\"a\":1}'::jsonb AS j FROM generate_series(1, 1500) i"));
            assertThat(r.get("columns").toString()).isEqualTo("[{\"name\":\"i\",\"type\":\"int4\"},{\"name\":\"t\",\"type\":\"text\"},"
                    + "{\"name\":\"j\",\"type\":\"jsonb\"}]");
            assertThat(r.get("rows")).hasSize(1000);
            assertThat(r.get("rows").get(0).toString()).isEqualTo("[1,\"1\",{\"a\":1}]");
            assertThat(r.get("truncated").asBoolean()).isTrue();
            assertThat(r.get("rowCount").asLong()).isEqualTo(1000);
            assertThat(r.get("readOnly").asBoolean()).isTrue();
            assertThat(r.get("elapsedMs").isNumber()).isTrue();
        }
    }

    @Test
    void readOnlyRefusesWritesWithSqlstate25006AndChangesNothing(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            for (String sql : new String[] {"INSERT INTO users (id, name) VALUES (9999, 'x')", "DROP TABLE users",
                    "SELECT 1; DELETE FROM orders", "SELECT nextval('invoice_numbers')",
                    "SET transaction_read_only = off; DROP TABLE users", "CREATE TABLE t (a int)"}) {
                HttpResponse<String> r = studio.sql(sql);
                assertThat(r.statusCode()).as(sql).isEqualTo(400);
                JsonNode e = StudioHarness.parse(r);
                assertThat(e.get("sqlState").asText()).as(sql + " " + r.body()).isIn("25006", "25001");
            }
            assertThat(db.rows("SELECT count(*) FROM users")).containsExactly("250");
            assertThat(db.rows("SELECT count(*) FROM orders")).containsExactly("400");
        }
    }

    @Test
    void refusesTransactionControlAndCopy(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            FiltersIT.assertError(studio.sql("COMMIT; DROP TABLE users"), "controls the transaction (COMMIT)");
            FiltersIT.assertError(studio.sql("select 1;\n  begin; drop table users; commit"), "statement 2 (line 2) controls");
            FiltersIT.assertError(studio.sql("END"), "controls the transaction");
            FiltersIT.assertError(studio.sql("ROLLBACK PREPARED 'x'"), "controls the transaction");
            assertThat(studio.sql("COPY users TO '/tmp/users.csv'").statusCode()).isEqualTo(403);
            assertThat(db.rows("SELECT count(*) FROM users")).containsExactly("250");
        }
    }

    @Test
    void reportsSqlstateAndPositionOfErrors(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            JsonNode e = StudioHarness.parse(studio.sql("SELECT 1;\nSELECT nope FROM pg_class"));
            assertThat(e.get("sqlState").asText()).isEqualTo("42703");
            assertThat(e.get("position").asInt()).isEqualTo("SELECT 1;\nSELECT ".length() + 1);
            assertThat(e.get("error").asText()).startsWith("statement 2 (line 2): column \"nope\" does not exist");
            FiltersIT.assertError(studio.sql("  "), "no SQL to run");
            FiltersIT.assertError(studio.sql("SELECT 'unterminated"), "");
        }
    }

    @Test
    void stopsStatementsAtTheTimeout(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false, Duration.ofMillis(300), Path.of("none"))) {
            assertThat(studio.sql("SELECT 1").statusCode()).isEqualTo(200);
            long start = System.nanoTime();
            HttpResponse<String> r = studio.sql("SELECT pg_sleep(10)");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(StudioHarness.parse(r).get("sqlState").asText()).isEqualTo("57014");
            assertThat(StudioHarness.parse(r).get("fix").asText()).contains("--statement-timeout");
            assertThat(studio.sql("SELECT 1").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withWriteCommits(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, true)) {
            JsonNode r = StudioHarness.parse(studio.sql("UPDATE users SET name = 'z' WHERE id <= 3"));
            assertThat(r.get("rowCount").asLong()).isEqualTo(3);
            assertThat(r.get("readOnly").asBoolean()).isFalse();
            assertThat(db.rows("SELECT count(*) FROM users WHERE name = 'z'")).containsExactly("3");
            HttpResponse<String> failing = studio.sql("UPDATE users SET name = 'y' WHERE id = 4; SELECT 1/0");
            assertThat(failing.statusCode()).isEqualTo(400);
            assertThat(db.rows("SELECT name FROM users WHERE id = 4")).containsExactly("user 4");
        }
    }
}
