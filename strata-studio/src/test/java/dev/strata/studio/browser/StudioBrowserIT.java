package dev.strata.studio.browser;

import dev.strata.core.Strata;
import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.JournalFiles;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strata Studio in a real browser: each test gets a fresh database, a studio on a free port in
 * this JVM, and the shared headless Chromium (a second, cookie-less one for the token test).
 * Run with {@code -Dstrata.screenshots=true} to refresh {@code docs/studio/*.png}. The tests share one
 * browser, so they run one after another even where the build runs test methods in parallel.
 */
@ExtendWith(PostgresExtension.class)
@Execution(ExecutionMode.SAME_THREAD)
class StudioBrowserIT {
    private static Chromium chromium;
    private static StudioPage page;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
        page = new StudioPage(chromium.driver());
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void opensThroughThePrintedUrlThenBrowsesTheSchema(TestDatabase db, @TempDir Path dir) {
        Shop.load(db);
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir)) {
            page.open(studio);
            assertThat(page.url()).isEqualTo(studio.base() + "#/schema").doesNotContain(studio.token());
            assertThat(page.source()).doesNotContain(studio.token());
            Cookie cookie = chromium.driver().manage().getCookieNamed("strata_studio");
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getSameSite()).isEqualTo("Strict");

            page.click("[data-test=table-link][data-table='public.orders']");
            page.waitText("[data-test=table-title]", "orders");
            assertThat(page.text("[data-test=schema-columns]")).contains("user_id", "timestamp with time zone", "now()");
            page.click("[data-test=fk-link]");
            page.waitText("[data-test=table-title]", "users");
            assertThat(page.url()).endsWith("#/schema/public/users");
            assertThat(page.text("main")).contains("people who order", "users_name_idx", "users_email_key", "happy", "sad",
                    "where receipts go", "Referenced by");

            page.type("#search", "email");
            page.waitText("#nav", "column email");
            assertThat(page.texts("#nav [data-test=table-link]")).hasSize(1).first().asString().startsWith("users");
            page.type("#search", "");
            Screenshots.take(chromium.driver(), "schema");
        }
    }

    @Test
    void drawsTheDiagramAndOpensATableFromIt(TestDatabase db, @TempDir Path dir) {
        Shop.load(db);
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir)) {
            page.open(studio);
            page.go("#/diagram");
            page.waitCount("[data-test=diagram-node]", 5);
            assertThat(page.attributes("[data-test=diagram-node]", "data-id"))
                    .contains("public.users", "public.orders", "public.products", "public.order_items", "public.logbook");
            List<String> arrows = page.attributes("[data-test=diagram-edge]", "data-from");
            assertThat(arrows).containsExactlyInAnyOrder("public.orders", "public.order_items", "public.order_items");
            assertThat(page.attributes("[data-test=diagram-edge]", "d")).allSatisfy(d -> assertThat(d).startsWith("M").contains("C"));
            Screenshots.take(chromium.driver(), "diagram");

            page.click("[data-test=diagram-node][data-id='public.orders']");
            page.waitText("[data-test=table-title]", "orders");
            assertThat(page.url()).endsWith("#/schema/public/orders");
        }
    }

    @Test
    void laysOutEightyFiveTablesWithoutOverlappingBoxes(TestDatabase db, @TempDir Path dir) {
        // A forest of 85 tables: each references its parent, every third one a second table too.
        db.execute("DO $$ BEGIN FOR i IN 0..84 LOOP"
                + " EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, name text, created timestamptz%s%s)', i,"
                + "   CASE WHEN i > 0 THEN format(', parent_id int REFERENCES t%s', (i - 1) / 3) ELSE '' END,"
                + "   CASE WHEN i > 5 AND i % 3 = 0 THEN format(', other_id int REFERENCES t%s', i / 5) ELSE '' END);"
                + " END LOOP; END $$;");
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir)) {
            page.open(studio);
            page.go("#/diagram");
            page.waitCount("[data-test=diagram-node]", 85);
            assertThat(page.count("[data-test=diagram-edge]")).isEqualTo(84 + 27);
            Object overlaps = page.script("const boxes = [...document.querySelectorAll('[data-test=diagram-node] rect.box')]"
                    + ".map(r => r.getBoundingClientRect()); let n = 0;"
                    + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
                    + " const a = boxes[i], b = boxes[j];"
                    + " if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++; }"
                    + "return n;");
            assertThat(overlaps).isEqualTo(0L);
            page.type("[data-test=diagram-find]", "t42" + Keys.ENTER);
            page.waitPresent("[data-test=diagram-node][data-id='public.t42'].lit");
        }
    }

    @Test
    void pagesSortsAndFiltersAMillionRows(TestDatabase db, @TempDir Path dir) {
        // Loaded first, keyed after: one index build instead of a million index inserts.
        db.execute("CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, amount integer NOT NULL,"
                + " at timestamptz NOT NULL, note text);"
                + " INSERT INTO events SELECT g, (ARRAY['alpha','beta','gamma','delta'])[1 + g % 4], (g::bigint * 7919) % 100000,"
                + " timestamptz '2024-01-01' + g * interval '1 minute', CASE WHEN g % 10 = 0 THEN NULL ELSE 'n' || g END"
                + " FROM generate_series(1, 1000000) g; ALTER TABLE events ADD PRIMARY KEY (id); ANALYZE events;");
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir)) {
            page.open(studio);
            page.go("#/data/public/events");
            page.waitGrid();
            long estimate = Long.parseLong(page.text("[data-test=row-estimate]").replaceAll("[^0-9]", ""));
            assertThat(estimate).isBetween(900_000L, 1_100_000L);

            List<Long> first = page.column("id");
            assertThat(first).hasSize(100).startsWith(1L).endsWith(100L);
            page.nextPage();
            List<Long> second = page.column("id");
            assertThat(second).hasSize(100);
            assertThat(second.get(0)).isGreaterThan(first.get(99)).isEqualTo(101L);
            page.nextPage();
            assertThat(page.column("id").get(0)).isEqualTo(201L);
            page.previousPage();
            assertThat(page.column("id")).isEqualTo(second);
            Screenshots.take(chromium.driver(), "data");

            page.changeGrid(() -> page.click("[data-test=sort-amount]"));
            page.changeGrid(() -> page.click("[data-test=sort-amount]"));
            assertThat(page.url()).contains("sort=amount", "dir=desc");
            assertThat(page.column("amount").get(0)).isEqualTo(Long.parseLong(db.rows("SELECT max(amount) FROM events").get(0)));

            page.go("#/data/public/events");
            page.waitGrid();
            page.changeGrid(() -> page.filter("amount", "500..545"));
            page.changeGrid(() -> page.filter("kind", "ta"));
            long expected = Long.parseLong(db.rows("SELECT count(*) FROM events WHERE amount BETWEEN 500 AND 545"
                    + " AND kind ILIKE '%ta%'").get(0));
            assertThat(expected).isBetween(101L, 1000L);
            List<Long> amounts = new ArrayList<>(page.column("amount"));
            List<String> kinds = new ArrayList<>(page.texts("[data-test=grid-row] td[data-col=kind]"));
            while (page.hasNextPage()) {
                page.nextPage();
                amounts.addAll(page.column("amount"));
                kinds.addAll(page.texts("[data-test=grid-row] td[data-col=kind]"));
            }
            assertThat(amounts).hasSize((int) expected).allSatisfy(a -> assertThat(a).isBetween(500L, 545L));
            assertThat(kinds).allSatisfy(k -> assertThat(k).isIn("beta", "delta"));
        }
    }

    @Test
    void editsARowWithWriteAfterShowingItsSql(TestDatabase db, @TempDir Path dir) {
        Shop.load(db);
        try (BrowserStudio studio = BrowserStudio.start(db, true, dir)) {
            page.open(studio);
            page.go("#/data/public/orders");
            page.waitGrid();
            String userId = page.text("[data-test=grid-row] [data-test=fk-value]");
            page.changeGrid(() -> page.click("[data-test=grid-row] [data-test=fk-value]"));
            assertThat(page.url()).contains("#/data/public/users?filter=");
            assertThat(page.column("id")).containsExactly(Long.parseLong(userId));

            // Enter on a focused cell opens its editor (a double click does too, but two clicks far
            // apart on a loaded machine are not a double click).
            page.click("[data-test=grid-row] td[data-col=name]");
            page.press("[data-test=grid-row] td[data-col=name]", Keys.ENTER);
            page.type("[data-test=cell-editor]", "Ada Lovelace" + Keys.ENTER);
            page.waitText("[data-test=pending]", "1 pending change");
            page.click("[data-test=save]");
            page.waitText("[data-test=confirm-sql]", "UPDATE \"public\".\"users\" SET \"name\" = $1 WHERE \"id\" = $2");
            assertThat(page.text("[data-test=confirm-sql]")).contains("\"Ada Lovelace\"", "\"" + userId + "\"");
            assertThat(db.rows("SELECT name FROM users WHERE id = " + userId)).containsExactly("user " + userId);
            page.click("[data-test=confirm-apply]");
            page.waitText("#toasts", "Applied 1 statement, 1 row changed");
            assertThat(db.rows("SELECT name FROM users WHERE id = " + userId)).containsExactly("Ada Lovelace");
            page.waitText("[data-test=grid-row] td[data-col=name]", "Ada Lovelace");
        }
    }

    @Test
    void offersNoEditingWithoutWriteAndTheApiRefusesIt(TestDatabase db, @TempDir Path dir) {
        Shop.load(db);
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir)) {
            page.open(studio);
            page.go("#/data/public/users");
            page.waitGrid();
            assertThat(page.text("[data-test=read-only]")).isEqualTo("read-only");
            assertThat(page.count("[data-test=save], [data-test=add-row], [data-test=delete-row]")).isZero();
            page.doubleClick("[data-test=grid-row] td[data-col=name]");
            assertThat(page.count("[data-test=cell-editor]")).isZero();

            Map<?, ?> answer = page.fetch("/api/edits/apply", "{\"schema\":\"public\",\"table\":\"users\",\"edits\":"
                    + "[{\"op\":\"update\",\"key\":{\"id\":1},\"values\":{\"name\":\"x\"}}]}");
            assertThat(answer.get("status")).isEqualTo(403L);
            assertThat((String) answer.get("body")).contains("studio is read-only", "strata studio --write");
            assertThat(db.rows("SELECT name FROM users WHERE id = 1")).containsExactly("user 1");

            page.go("#/sql");
            page.type("[data-test=sql-input]", "UPDATE users SET name = 'x' WHERE id = 1" + Keys.chord(Keys.CONTROL, Keys.ENTER));
            page.waitText("[data-test=sql-result]", "SQLSTATE 25006");
            assertThat(page.text("[data-test=sql-mode]")).isEqualTo("read-only");
            assertThat(db.rows("SELECT name FROM users WHERE id = 1")).containsExactly("user 1");
        }
    }

    @Test
    void runsSqlInTheConsole(TestDatabase db, @TempDir Path dir) {
        Shop.load(db);
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir)) {
            page.open(studio);
            page.go("#/sql");
            page.type("[data-test=sql-input]", "SELECT u.id, u.name, u.mood, u.profile, count(o.id) AS orders\n"
                    + "FROM users u LEFT JOIN orders o ON o.user_id = u.id\nGROUP BY u.id ORDER BY orders DESC, u.id LIMIT 12");
            page.click("[data-test=run-sql]");
            page.waitCount("[data-test=sql-row]", 12);
            assertThat(page.text("[data-test=sql-summary]")).contains("12 rows", "read-only");
            Screenshots.take(chromium.driver(), "sql-console");

            page.type("[data-test=sql-input]", "SELECT nope FROM users" + Keys.chord(Keys.CONTROL, Keys.ENTER));
            page.waitText("[data-test=sql-result]", "SQLSTATE 42703");
            assertThat(page.text("[data-test=sql-result]")).contains("nope");
        }
    }

    @Test
    void listsMigrationsAndShowsTheirSql(TestDatabase db, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("0000_users.sql"), "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  name text NOT NULL\n);\n");
        Files.writeString(dir.resolve("0001_orders.sql"), "CREATE TABLE orders (\n  id serial PRIMARY KEY,\n"
                + "  user_id integer NOT NULL REFERENCES users (id)\n);\n--> statement-breakpoint\n"
                + "CREATE INDEX orders_user_idx ON orders (user_id);\n");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1_700_000_000_000L, "0000_users"),
                JournalFiles.entry(1, 1_700_000_100_000L, "0001_orders")));
        new Strata(StrataConfig.of(db.url(), dir)).migrate(MigrateOptions.defaults(), event -> { });
        Files.writeString(dir.resolve("0002_email.sql"), "ALTER TABLE users ADD COLUMN email text;\n");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1_700_000_000_000L, "0000_users"),
                JournalFiles.entry(1, 1_700_000_100_000L, "0001_orders"), JournalFiles.entry(2, 1_700_000_200_000L, "0002_email")));
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir)) {
            page.open(studio);
            page.go("#/migrations");
            page.waitCount("[data-test=migration-row]", 3);
            page.waitText("[data-test=pending-count]", "1 pending");
            assertThat(page.texts("[data-test=migration-row]")).satisfiesExactly(
                    r -> assertThat(r).contains("0000_users", "applied"),
                    r -> assertThat(r).contains("0001_orders", "applied"),
                    r -> assertThat(r).contains("0002_email", "pending"));
            page.click("[data-test=migration-row][data-name='0001_orders'] [data-test=migration-link]");
            page.waitText("[data-test=migration-sql]", "CREATE INDEX orders_user_idx");
            assertThat(page.count("[data-test=migration-sql] .token.keyword")).isPositive();
            page.waitNot("[data-test=drift] .loading");
            Screenshots.take(chromium.driver(), "migrations");
        }
    }

    @Test
    void refusesABrowserWithoutTheToken(TestDatabase db, @TempDir Path dir) {
        try (BrowserStudio studio = BrowserStudio.start(db, false, dir); Chromium fresh = Chromium.start()) {
            fresh.driver().get(studio.base());
            StudioPage stranger = new StudioPage(fresh.driver());
            assertThat(stranger.text("body")).isEqualTo("missing or wrong token: open the URL that strata studio printed");
            fresh.driver().get(studio.base() + "api/schema");
            assertThat(stranger.text("body")).isEqualTo("missing or wrong token: open the URL that strata studio printed");
        }
    }

    /** The browser-test fixture schema. */
    private static final class Shop {
        static void load(TestDatabase db) {
            try (var in = StudioBrowserIT.class.getResourceAsStream("/studio-browser/shop.sql")) {
                db.execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
