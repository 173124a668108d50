package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.Strata;
import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.config.StrataConfig;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The studio's grid benchmark (run by {@code bench/studio/run.sh}, not a test): one page of 100 rows of
 * {@code bench_rows} (10,000,000 rows) sorted by its indexed column {@code v}, first page and deep
 * (after row 5,000,000), through HTTP against an in-process studio. The deep page's cursor is built
 * from the row at position 5,000,000, read once with {@code OFFSET} outside the timing: the cursor is
 * just that row's sort value and key, as the grid would hold after paging there.
 * Arguments: database URL, number of timed requests per case (default 30).
 */
public final class StudioBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StudioBench() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Cursor deep = cursorAt(url, 5_000_000, SortDirection.ASC);
        Cursor deepDesc = cursorAt(url, 5_000_000, SortDirection.DESC);
        String token = StudioToken.random();
        StudioServer server = new StudioServer(new StudioOptions("127.0.0.1", 0, false, Duration.ofSeconds(5), token),
                new Strata(StrataConfig.of(url, Path.of("migrations"))));
        String base = server.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String page = base + "api/rows/public/bench_rows?limit=100&sort=v&dir=";
            String deepPath = page + "asc&after=" + URLEncoder.encode(deep.encode(JSON), StandardCharsets.UTF_8);
            String deepDescPath = page + "desc&after=" + URLEncoder.encode(deepDesc.encode(JSON), StandardCharsets.UTF_8);
            check(http, token, deepPath, deep);
            System.out.printf(Locale.ROOT, "%-44s %12s %12s %12s %12s%n", "case (" + runs + " requests each)",
                    "server med", "server p95", "wall med", "wall p95");
            measure(http, token, "page 1, sort v asc", page + "asc", runs);
            measure(http, token, "deep: after row 5,000,000, sort v asc", deepPath, runs);
            measure(http, token, "page 1, sort v desc", page + "desc", runs);
            measure(http, token, "deep: after row 5,000,000, sort v desc", deepDescPath, runs);
        } finally {
            server.stop();
        }
    }

    /**
     * The cursor the grid holds after showing rows 1..position: that row's v and id. Found in three
     * index-only steps (the value of v at the position, how many rows come before that value, then
     * the id among that value's rows), because {@code ORDER BY v, id OFFSET n} over an index on v
     * alone sorts millions of rows.
     */
    private static Cursor cursorAt(DatabaseUrl url, long position, SortDirection dir) throws Exception {
        long start = System.nanoTime();
        String d = dir.sql();
        try (Connection c = url.connect(); Statement s = c.createStatement()) {
            String v = single(s, "SELECT v FROM bench_rows ORDER BY v " + d + " OFFSET " + (position - 1) + " LIMIT 1");
            long before = Long.parseLong(single(s, "SELECT count(*) FROM bench_rows WHERE v " + (dir == SortDirection.ASC ? "<" : ">")
                    + " " + Long.parseLong(v)));
            String id = single(s, "SELECT id FROM bench_rows WHERE v = " + Long.parseLong(v) + " ORDER BY id " + d + " OFFSET "
                    + (position - 1 - before) + " LIMIT 1");
            Cursor cursor = new Cursor("v", dir, v, List.of(id));
            System.out.printf(Locale.ROOT, "cursor at row %,d (%s): v=%s id=%s (found once, %d ms, not timed)%n",
                    position, d, v, id, (System.nanoTime() - start) / 1_000_000);
            return cursor;
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("bench_rows is too small for: " + sql + " (run bench/studio/run.sh --fresh)");
            }
            return rs.getString(1);
        }
    }

    /** The deep page must start right after the cursor's row: checks the benchmark measures the right thing. */
    private static void check(HttpClient http, String token, String path, Cursor deep) throws Exception {
        JsonNode body = JSON.readTree(get(http, token, path).body());
        JsonNode first = body.get("rows").get(0);
        long v = first.get(1).asLong();
        if (body.get("rows").size() != 100 || v < Long.parseLong(deep.sortValue())) {
            throw new IllegalStateException("the deep page does not follow the cursor: " + first);
        }
    }

    private static void measure(HttpClient http, String token, String label, String path, int runs) throws Exception {
        for (int i = 0; i < 20; i++) {
            get(http, token, path);
        }
        List<Double> server = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = get(http, token, path);
            JsonNode body = JSON.readTree(r.body());
            wall.add((System.nanoTime() - start) / 1e6);
            server.add(body.get("serverMs").asDouble());
        }
        System.out.printf(Locale.ROOT, "%-44s %9.2f ms %9.2f ms %9.2f ms %9.2f ms%n", label, pct(server, 50), pct(server, 95),
                pct(wall, 50), pct(wall, 95));
    }

    private static HttpResponse<String> get(HttpClient http, String token, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, at));
    }
}
