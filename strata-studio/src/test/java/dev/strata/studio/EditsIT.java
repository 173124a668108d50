package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class EditsIT {
    private static final String BATCH = "{\"schema\":\"public\",\"table\":\"users\",\"edits\":["
            + "{\"op\":\"update\",\"key\":{\"id\":5},\"values\":{\"name\":\"x\",\"profile\":{\"a\":[1,2]}}},"
            + "{\"op\":\"insert\",\"values\":{\"id\":1000,\"name\":\"new\",\"mood\":\"ok\",\"score\":null}},"
            + "{\"op\":\"delete\",\"key\":{\"id\":7}}]}";

    @Test
    void previewShowsTheSqlWithNumberedParameters(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            JsonNode preview = StudioHarness.parse(studio.post("/api/edits/preview", BATCH));
            JsonNode statements = preview.get("statements");
            assertThat(statements.get(0).get("sql").asText())
                    .isEqualTo("UPDATE \"public\".\"users\" SET \"name\" = $1, \"profile\" = $2 WHERE \"id\" = $3");
            assertThat(statements.get(0).get("params").toString()).isEqualTo("[\"x\",\"{\\\"a\\\":[1,2]}\",\"5\"]");
            assertThat(statements.get(1).get("sql").asText())
                    .isEqualTo("INSERT INTO \"public\".\"users\" (\"id\", \"name\", \"mood\", \"score\") VALUES ($1, $2, $3, $4)");
            assertThat(statements.get(1).get("params").get(3).isNull()).isTrue();
            assertThat(statements.get(2).get("sql").asText()).isEqualTo("DELETE FROM \"public\".\"users\" WHERE \"id\" = $1");
            assertThat(db.rows("SELECT name FROM users WHERE id = 5")).containsExactly("user 5");
        }
    }

    @Test
    void appliesAllEditsInOneTransaction(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, true)) {
            HttpResponse<String> r = studio.post("/api/edits/apply", BATCH);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"applied\":3,\"rows\":3}");
            assertThat(db.rows("SELECT name, profile FROM users WHERE id = 5")).containsExactly("x\t{\"a\": [1, 2]}");
            assertThat(db.rows("SELECT name, mood FROM users WHERE id = 1000")).containsExactly("new\tok");
            assertThat(db.rows("SELECT count(*) FROM users WHERE id = 7")).containsExactly("0");
        }
    }

    @Test
    void aFailingEditRollsBackTheOthers(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, true)) {
            HttpResponse<String> r = studio.post("/api/edits/apply", "{\"schema\":\"public\",\"table\":\"users\",\"edits\":["
                    + "{\"op\":\"update\",\"key\":{\"id\":5},\"values\":{\"name\":\"changed\"}},"
                    + "{\"op\":\"insert\",\"values\":{\"id\":6,\"name\":\"duplicate\"}}]}");
            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode error = StudioHarness.parse(r);
            assertThat(error.get("error").asText()).startsWith("edit 2 of 2 failed: duplicate key").contains("rolled back");
            assertThat(error.get("sqlState").asText()).isEqualTo("23505");
            assertThat(db.rows("SELECT name FROM users WHERE id IN (5, 6) ORDER BY id")).containsExactly("user 5", "user 6");
        }
    }

    @Test
    void applyIsForbiddenWithoutWrite(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            HttpResponse<String> r = studio.post("/api/edits/apply", BATCH);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).isEqualTo("{\"error\":\"studio is read-only\",\"fix\":\"restart with strata studio --write\"}");
            assertThat(db.rows("SELECT count(*) FROM users")).containsExactly("250");
        }
    }

    @Test
    void refusesEditsThatCannotPointAtOneRow(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, true)) {
            for (String[] c : List.of(
                    new String[] {"{\"schema\":\"public\",\"table\":\"logbook\",\"edits\":[{\"op\":\"delete\",\"key\":{\"ctid\":\"(0,1)\"}}]}",
                            "has no primary key"},
                    new String[] {"{\"schema\":\"public\",\"table\":\"users\",\"edits\":[{\"op\":\"delete\",\"key\":{\"name\":\"user 1\"}}]}",
                            "must give exactly the primary key (id)"},
                    new String[] {"{\"schema\":\"public\",\"table\":\"users\",\"edits\":[{\"op\":\"update\",\"key\":{\"id\":1},"
                            + "\"values\":{\"nope\":1}}]}", "unknown edit 1 column \"nope\""},
                    new String[] {"{\"schema\":\"public\",\"table\":\"big_orders\",\"edits\":[{\"op\":\"delete\",\"key\":{\"id\":1}}]}",
                            "is a view, not a table"},
                    new String[] {"{\"schema\":\"public\",\"table\":\"users\",\"edits\":[{\"op\":\"truncate\"}]}", "unknown op"},
                    new String[] {"{\"schema\":\"public\",\"table\":\"users\",\"edits\":[]}", "non-empty array"},
                    new String[] {"[1]", "must be a JSON object"})) {
                FiltersIT.assertError(studio.post("/api/edits/apply", c[0]), c[1]);
            }
            assertThat(db.rows("SELECT count(*) FROM logbook")).containsExactly("30");
        }
    }
}
