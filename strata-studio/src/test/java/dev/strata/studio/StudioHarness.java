package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.Strata;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** A studio on port 0 over a test database, and an HTTP client that talks to it. */
final class StudioHarness implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final StudioServer server;
    private final String token;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private StudioHarness(StudioServer server, String token, String base) {
        this.server = server;
        this.token = token;
        this.base = base;
    }

    static StudioHarness start(TestDatabase db, boolean write) {
        return start(db, write, Duration.ofSeconds(5), Path.of("target-nonexistent-migrations"));
    }

    static StudioHarness start(TestDatabase db, boolean write, Duration timeout, Path migrations) {
        String token = StudioToken.random();
        Strata strata = new Strata(StrataConfig.of(db.url(), migrations));
        StudioServer server = new StudioServer(new StudioOptions("127.0.0.1", 0, write, timeout, token), strata);
        String base = server.start();
        return new StudioHarness(server, token, base.substring(0, base.length() - 1));
    }

    /** Loads {@code studio-fixtures/shop.sql}: users, orders, views, an enum, a sequence, a policy... */
    static void loadShop(TestDatabase db) {
        try (InputStream in = StudioHarness.class.getResourceAsStream("/studio-fixtures/shop.sql")) {
            db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String token() {
        return token;
    }

    String base() {
        return base;
    }

    /** GET with the bearer token. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build());
    }

    /** GET with the given headers only (name, value, name, value...). */
    HttpResponse<String> getWith(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    /** POST of a JSON body with the bearer token. */
    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POST of {@code {"sql": sql}} to the console. */
    HttpResponse<String> sql(String sql) {
        return post("/api/sql", JSON.createObjectNode().put("sql", sql).toString());
    }

    /** GET that must answer 200, parsed. */
    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r);
    }

    static JsonNode parse(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
