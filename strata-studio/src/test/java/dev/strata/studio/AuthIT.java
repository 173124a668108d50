package dev.strata.studio;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class AuthIT {
    private static final List<String> PATHS = List.of("/", "/index.html", "/api/schema", "/api/info", "/api/rows/public/t",
            "/webjars/prismjs/1.30.0/themes/prism.css", "/no/such/file");

    @Test
    void refusesEveryPathWithoutTheToken(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            for (String path : PATHS) {
                HttpResponse<String> r = studio.getWith(path);
                assertThat(r.statusCode()).as(path).isEqualTo(401);
                assertThat(r.body()).as(path).isEqualTo("missing or wrong token: open the URL that strata studio printed");
            }
            assertThat(studio.sql("SELECT 1").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesAWrongTokenInHeaderCookieAndQuery(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            String wrong = StudioToken.random();
            assertThat(studio.getWith("/api/info", "Authorization", "Bearer " + wrong).statusCode()).isEqualTo(401);
            assertThat(studio.getWith("/api/info", "Cookie", "strata_studio=" + wrong).statusCode()).isEqualTo(401);
            assertThat(studio.getWith("/api/info", "Authorization", "Bearer " + studio.token() + "x").statusCode()).isEqualTo(401);
            HttpResponse<String> query = studio.getWith("/?token=" + wrong);
            assertThat(query.statusCode()).isEqualTo(401);
            assertThat(query.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void tradesTheQueryTokenForACookieAndRedirectsToTheBareUrl(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            HttpResponse<String> r = studio.getWith("/?token=" + studio.token());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValue("/");
            assertThat(r.headers().firstValue("Set-Cookie")).hasValue("strata_studio=" + studio.token()
                    + "; HttpOnly; SameSite=Strict; Path=/");
            HttpResponse<String> withCookie = studio.getWith("/api/info", "Cookie", "strata_studio=" + studio.token());
            assertThat(withCookie.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesPagesAndWebJarsWithTheTokenAndNeverEchoesIt(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            String cookie = "strata_studio=" + studio.token();
            HttpResponse<String> page = studio.getWith("/", "Cookie", cookie);
            HttpResponse<String> css = studio.getWith("/webjars/prismjs/1.30.0/themes/prism.css", "Cookie", cookie);
            assertThat(css.statusCode()).isEqualTo(200);
            for (HttpResponse<String> r : List.of(page, css, studio.get("/api/info"), studio.get("/api/schema"),
                    studio.get("/api/nope"), studio.sql("SELECT current_setting('application_name')"))) {
                assertThat(r.body()).as(r.uri().toString()).doesNotContain(studio.token());
                assertThat(r.headers().map().toString()).doesNotContain(studio.token());
            }
        }
    }

    @Test
    void infoNamesTheDatabaseWithoutPassword(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false)) {
            var info = studio.json("/api/info");
            assertThat(info.get("database").asText()).endsWith("/" + db.name()).doesNotContain(":***").startsWith("postgres://");
            assertThat(info.get("write").asBoolean()).isFalse();
            assertThat(info.get("statementTimeoutMs").asLong()).isEqualTo(5000);
            assertThat(info.get("serverVersion").asText()).matches("\\d+(\\.\\d+)?");
        }
    }
}
