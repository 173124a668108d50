package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static dev.strata.studio.StudioHarness.enc;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class RowsIT {

    @Test
    void keysetPagesTogetherEqualOrderByOverTheWholeTable(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            // score is nullable and has duplicates: the key breaks ties, NULLs come last (asc) or first (desc).
            assertThat(pages(studio, "/api/rows/public/users?limit=7&sort=score&dir=asc", 0))
                    .isEqualTo(db.rows("SELECT id FROM users ORDER BY score ASC, id ASC"));
            assertThat(pages(studio, "/api/rows/public/users?limit=7&sort=score&dir=desc", 0))
                    .isEqualTo(db.rows("SELECT id FROM users ORDER BY score DESC, id DESC"));
            assertThat(pages(studio, "/api/rows/public/users?limit=13&sort=name&dir=desc", 0))
                    .isEqualTo(db.rows("SELECT id FROM users ORDER BY name DESC, id DESC"));
            assertThat(pages(studio, "/api/rows/public/users?limit=100", 0))
                    .isEqualTo(db.rows("SELECT id FROM users ORDER BY id"));
            assertThat(pages(studio, "/api/rows/public/users?limit=9&sort=id&dir=desc", 0))
                    .isEqualTo(db.rows("SELECT id FROM users ORDER BY id DESC"));
            assertThat(pages(studio, "/api/rows/public/orders?limit=50&sort=note", 0))
                    .isEqualTo(db.rows("SELECT id FROM orders ORDER BY note, id"));
        }
    }

    @Test
    void pagesATableWithoutPrimaryKeyByCtid(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            JsonNode first = studio.json("/api/rows/public/logbook?limit=4");
            assertThat(first.get("key").toString()).isEqualTo("[\"ctid\"]");
            assertThat(pages(studio, "/api/rows/public/logbook?limit=4&sort=message", 1))
                    .isEqualTo(db.rows("SELECT message FROM logbook ORDER BY message, ctid"));
        }
    }

    @Test
    void answersColumnsEstimateKeyAndTypedValues(TestDatabase db) {
        StudioHarness.loadShop(db);
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            JsonNode page = studio.json("/api/rows/public/orders?limit=2");
            assertThat(page.get("estimate").asLong()).isEqualTo(400);
            assertThat(page.get("key").toString()).isEqualTo("[\"id\"]");
            assertThat(page.get("serverMs").isNumber()).isTrue();
            assertThat(page.get("columns").get(1).get("references").get("table").asText()).isEqualTo("users");
            JsonNode user = studio.json("/api/rows/public/users?limit=1").get("rows").get(0);
            assertThat(user.get(0).isInt()).isTrue();
            assertThat(user.get(4).asText()).isEqualTo("1.50");
            assertThat(user.get(6).get("tags").get(1).asText()).isEqualTo("b");
            assertThat(user.get(7).isBoolean()).isTrue();
            assertThat(studio.json("/api/rows/billing/" + enc("Invoice Lines")).get("rows")).hasSize(2);
            assertThat(studio.json("/api/rows/public/big_orders?limit=5").get("next").isNull()).isTrue();
        }
    }

    @Test
    void deepPageQueryHasNoOffsetAndUsesTheIndex(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE big (id bigint PRIMARY KEY, v integer NOT NULL, pad text);"
                + " INSERT INTO big SELECT i, (i * 7919) % 100000, 'x' FROM generate_series(1, 100000) i;"
                + " CREATE INDEX big_v_idx ON big (v); ANALYZE big;");
        try (Connection c = db.connect()) {
            Relation big = RelationLookup.find(c, "public", "big");
            RelationColumn v = big.column("v").orElseThrow();
            List<String> at = db.rows("SELECT v, id FROM big ORDER BY v, id OFFSET 80000 LIMIT 1");
            String[] parts = at.get(0).split("\t");
            RowQuery deep = new RowQuery(big, v, SortDirection.ASC, List.of(),
                    new Cursor("v", SortDirection.ASC, parts[0], List.of(parts[1])), 100);
            assertThat(deep.sql()).doesNotContainIgnoringCase("offset");
            String plan = explain(c, deep);
            assertThat(plan).contains("Index").doesNotContain("Seq Scan");
            try (PreparedStatement ps = c.prepareStatement(deep.sql())) {
                Param.bindAll(ps, deep.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong("id")).isEqualTo(Long.parseLong(db.rows(
                            "SELECT id FROM big ORDER BY v, id OFFSET 80001 LIMIT 1").get(0)));
                }
            }
        }
    }

    private static String explain(Connection c, RowQuery q) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + q.sql())) {
            Param.bindAll(ps, q.params());
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            return out.toString();
        }
    }

    /** Every page's values of column {@code column}, following {@code next} until it is null. */
    static List<String> pages(StudioHarness studio, String path, int column) {
        List<String> out = new ArrayList<>();
        String next = null;
        int guard = 0;
        do {
            JsonNode page = studio.json(path + (next == null ? "" : "&after=" + enc(next)));
            page.get("rows").forEach(r -> out.add(r.get(column).asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            assertThat(++guard).isLessThan(1000);
        } while (next != null);
        return out;
    }
}
