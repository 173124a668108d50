package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static dev.strata.studio.StudioHarness.enc;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class FiltersIT {

    @Test
    void everyOperatorSelectsWhatSqlSelects(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            check(studio, db, "{\"column\":\"name\",\"op\":\"contains\",\"value\":\"USER 1\"}", "name ILIKE '%user 1%'");
            check(studio, db, "{\"column\":\"name\",\"op\":\"contains\",\"value\":\"%_\"}", "strpos(name, '%_') > 0");
            check(studio, db, "{\"column\":\"email\",\"op\":\"contains\",\"value\":\"u2\"}", "email LIKE '%u2%'");
            check(studio, db, "{\"column\":\"born\",\"op\":\"contains\",\"value\":\"2000-03\"}", "born::text LIKE '%2000-03%'");
            check(studio, db, "{\"column\":\"id\",\"op\":\"eq\",\"value\":42}", "id = 42");
            check(studio, db, "{\"column\":\"mood\",\"op\":\"ne\",\"value\":\"sad\"}", "mood <> 'sad'");
            check(studio, db, "{\"column\":\"score\",\"op\":\"gt\",\"value\":\"40.5\"}", "score > 40.5");
            check(studio, db, "{\"column\":\"score\",\"op\":\"gte\",\"value\":40.5}", "score >= 40.5");
            check(studio, db, "{\"column\":\"born\",\"op\":\"lt\",\"value\":\"2000-02-01\"}", "born < '2000-02-01'");
            check(studio, db, "{\"column\":\"born\",\"op\":\"lte\",\"value\":\"2000-02-01\"}", "born <= '2000-02-01'");
            check(studio, db, "{\"column\":\"score\",\"op\":\"null\"}", "score IS NULL");
            check(studio, db, "{\"column\":\"score\",\"op\":\"notnull\"}", "score IS NOT NULL");
            check(studio, db, "{\"column\":\"mood\",\"op\":\"in\",\"value\":[\"happy\",\"ok\"]}", "mood IN ('happy', 'ok')");
            check(studio, db, "{\"column\":\"active\",\"op\":\"eq\",\"value\":true}", "active");
            check(studio, db, "{\"column\":\"id\",\"op\":\"gt\",\"value\":100},{\"column\":\"mood\",\"op\":\"eq\",\"value\":\"ok\"}",
                    "id > 100 AND mood = 'ok'");
        }
    }

    @Test
    void refusesUnknownNamesOperatorsAndBadValuesWith400(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            assertError(studio.get("/api/rows/public/nope"), "unknown table public.nope");
            assertError(studio.get("/api/rows/nope/users"), "unknown table nope.users");
            assertError(studio.get("/api/rows/public/users?sort=nope"), "unknown sort column \"nope\" in public.users");
            assertError(studio.get("/api/rows/public/users?dir=sideways"), "unknown sort direction");
            assertError(studio.get("/api/rows/public/users?limit=501"), "limit 501 is not between 1 and 500");
            assertError(studio.get("/api/rows/public/users?limit=x"), "limit \"x\" is not a number");
            assertError(studio.get("/api/rows/public/users?after=bm9wZQ"), "the cursor (after=) is not one this studio made");
            assertError(rows(studio, "{\"column\":\"nope\",\"op\":\"eq\",\"value\":1}"), "unknown filter column \"nope\"");
            assertError(rows(studio, "{\"column\":\"id\",\"op\":\"like\",\"value\":1}"), "unknown filter op \"like\"");
            assertError(rows(studio, "{\"column\":\"id\",\"op\":\"in\",\"value\":[]}"), "needs an array");
            assertError(rows(studio, "{\"column\":\"id\",\"op\":\"eq\",\"value\":{\"a\":1}}"), "needs a string, number or boolean");
            HttpResponse<String> badNumber = rows(studio, "{\"column\":\"id\",\"op\":\"eq\",\"value\":\"abc\"}");
            assertError(badNumber, "invalid input syntax for type integer");
            assertThat(StudioHarness.parse(badNumber).get("sqlState").asText()).isEqualTo("22P02");
            assertError(studio.get("/api/rows/public/users?filter=" + enc("{not json")), "filter is not valid JSON");
        }
    }

    static HttpResponse<String> rows(StudioHarness studio, String filters) {
        return studio.get("/api/rows/public/users?limit=500&filter=" + enc("[" + filters + "]"));
    }

    static void assertError(HttpResponse<String> r, String message) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = StudioHarness.parse(r);
        assertThat(body.get("error").asText()).contains(message);
        assertThat(body.get("fix").asText()).isNotBlank();
    }

    private static void check(StudioHarness studio, TestDatabase db, String filters, String where) {
        JsonNode page = StudioHarness.parse(rows(studio, filters));
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.get("rows").forEach(r -> ids.add(r.get(0).asText()));
        assertThat(ids).as(filters).isEqualTo(db.rows("SELECT id FROM users WHERE " + where + " ORDER BY id")).isNotEmpty();
    }
}
