package dev.strata.studio;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static dev.strata.studio.StudioHarness.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile text in every place a request can put it: refused with 400, or harmless; the data intact. */
@ExtendWith(PostgresExtension.class)
class InjectionIT {
    private static final List<String> PAYLOADS = List.of("users\"; DROP TABLE users; --", "1 OR 1=1", "'); DELETE FROM users; --",
            "id; DROP TABLE orders", "\" OR \"\"=\"", "users\" WHERE 1=1; --", "name) OR (1=1", "$$; DROP TABLE users; $$",
            "id DESC; DROP TABLE users", "\\'; TRUNCATE users; --");

    @Test
    void namesSortsAndFilterColumnsAreLookedUpSoPayloadsAre400(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, true)) {
            for (String p : PAYLOADS) {
                assertThat(studio.get("/api/rows/" + enc(p) + "/users").statusCode()).as(p).isEqualTo(400);
                assertThat(studio.get("/api/rows/public/" + enc(p)).statusCode()).as(p).isEqualTo(400);
                assertThat(studio.get("/api/rows/public/users?sort=" + enc(p)).statusCode()).as(p).isEqualTo(400);
                assertThat(studio.get("/api/rows/public/users?sort=id&dir=" + enc(p)).statusCode()).as(p).isEqualTo(400);
                assertThat(studio.get("/api/rows/public/users?limit=" + enc(p)).statusCode()).as(p).isEqualTo(400);
                assertThat(studio.get("/api/rows/public/users?after=" + enc(p)).statusCode()).as(p).isEqualTo(400);
                assertThat(FiltersIT.rows(studio, filter(p, "eq", "1")).statusCode()).as(p).isEqualTo(400);
                assertThat(FiltersIT.rows(studio, filter("id", p, "1")).statusCode()).as(p).isEqualTo(400);
                assertThat(studio.post("/api/edits/apply", "{\"schema\":\"public\",\"table\":" + quote(p)
                        + ",\"edits\":[{\"op\":\"delete\",\"key\":{\"id\":1}}]}").statusCode()).as(p).isEqualTo(400);
                assertThat(studio.post("/api/edits/apply", "{\"schema\":\"public\",\"table\":\"users\",\"edits\":[{\"op\":\"update\","
                        + "\"key\":{\"id\":1},\"values\":{" + quote(p) + ":1}}]}").statusCode()).as(p).isEqualTo(400);
            }
            assertIntact(db);
        }
    }

    @Test
    void valuesAndCursorsAreBoundSoPayloadsMatchNothingOrAre400(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, true)) {
            var mapper = StudioHarness.JSON;
            for (String p : PAYLOADS) {
                for (String op : List.of("eq", "ne", "contains", "gt", "lte")) {
                    HttpResponse<String> text = FiltersIT.rows(studio, filter("name", op, p));
                    assertThat(text.statusCode()).as(op + " " + p).isEqualTo(200);
                }
                assertThat(StudioHarness.parse(FiltersIT.rows(studio, filter("name", "eq", p))).get("rows")).isEmpty();
                assertThat(FiltersIT.rows(studio, filter("id", "eq", p)).statusCode()).as(p).isEqualTo(400);
                assertThat(FiltersIT.rows(studio, "{\"column\":\"mood\",\"op\":\"in\",\"value\":[" + quote(p) + "]}").statusCode())
                        .isEqualTo(400);
                String cursor = new Cursor("name", SortDirection.ASC, p, List.of(p)).encode(mapper);
                assertThat(studio.get("/api/rows/public/users?sort=name&after=" + enc(cursor)).statusCode()).as(p).isEqualTo(400);
                String textCursor = new Cursor("email", SortDirection.ASC, p, List.of("1")).encode(mapper);
                assertThat(studio.get("/api/rows/public/users?sort=email&after=" + enc(textCursor)).statusCode()).isEqualTo(200);
                assertThat(studio.post("/api/edits/apply", "{\"schema\":\"public\",\"table\":\"users\",\"edits\":[{\"op\":\"delete\","
                        + "\"key\":{\"id\":" + quote(p) + "}}]}").statusCode()).as(p).isEqualTo(400);
                assertThat(studio.post("/api/edits/apply", "{\"schema\":\"public\",\"table\":\"orders\",\"edits\":[{\"op\":\"update\","
                        + "\"key\":{\"id\":1},\"values\":{\"note\":" + quote(p) + "}}]}").statusCode()).isEqualTo(200);
                assertThat(db.rows("SELECT note FROM orders WHERE id = 1")).containsExactly(p);
            }
            assertIntact(db);
        }
    }

    @Test
    void theReadOnlyConsoleRunsPayloadsWithoutChangingAnything(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            for (String p : PAYLOADS) {
                HttpResponse<String> r = studio.sql("SELECT * FROM users WHERE name = '" + p + "'");
                assertThat(r.statusCode()).as(p).isIn(200, 400);
                assertThat(studio.sql("SELECT 1; " + p).statusCode()).as(p).isIn(200, 400);
            }
            assertThat(studio.sql("SELECT 1; DROP TABLE users; --").statusCode()).isEqualTo(400);
            assertThat(studio.sql("'); DELETE FROM users; --").statusCode()).isEqualTo(400);
            assertIntact(db);
        }
    }

    @Test
    void quotesOddButRealNames(TestDatabase db) {
        db.execute("CREATE SCHEMA \"we\"\"ird; schema\"; CREATE TABLE \"we\"\"ird; schema\".\"t\"\"; DROP TABLE x; --\""
                + " (\"a\"\" b\" integer PRIMARY KEY, \"Name\" text, name text); INSERT INTO \"we\"\"ird; schema\".\"t\"\"; DROP TABLE x; --\""
                + " VALUES (1, 'A', 'a'), (2, 'B', 'b'), (3, 'C', 'c')");
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            String path = "/api/rows/" + enc("we\"ird; schema") + "/" + enc("t\"; DROP TABLE x; --") + "?limit=2&sort=" + enc("Name")
                    + "&dir=desc";
            assertThat(RowsIT.pages(studio, path, 1)).containsExactly("C", "B", "A");
            assertThat(RowsIT.pages(studio, path.replace("sort=Name", "sort=" + enc("a\" b")), 2)).containsExactly("c", "b", "a");
        }
    }

    private static void assertIntact(TestDatabase db) {
        assertThat(db.rows("SELECT count(*) FROM users")).containsExactly("250");
        assertThat(db.rows("SELECT count(*) FROM orders")).containsExactly("400");
        assertThat(db.rows("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("3");
    }

    private static String filter(String column, String op, String value) {
        return "{\"column\":" + quote(column) + ",\"op\":" + quote(op) + ",\"value\":" + quote(value) + "}";
    }

    private static String quote(String s) {
        return StudioHarness.JSON.valueToTree(s).toString();
    }
}
