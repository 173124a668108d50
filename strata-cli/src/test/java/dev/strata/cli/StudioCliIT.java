package dev.strata.cli;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class StudioCliIT {
    private static final Pattern URL = Pattern.compile("Strata Studio: (http://127\\.0\\.0\\.1:\\d+/)\\?token=([A-Za-z0-9_-]{43})\\n");

    @TempDir
    Path dir;

    @Test
    void printsTheUrlWithTokenServesUntilStoppedThenStops(TestDatabase db) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread studio = new Thread(() -> code.set(Main.execute(new Environment(Map.of(), dir, new PrintWriter(out, true),
                new PrintWriter(err, true), false), "studio", "--url", db.url().toString(), "--port", "0")));
        studio.start();
        Matcher m = URL.matcher("");
        for (int i = 0; i < 1200 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(50);
        }
        assertThat(m.find(0)).as("out: %s err: %s", out, err).isTrue();
        assertThat(out.toString()).contains("Read-only on " + db.url().redacted() + ". Press Ctrl-C to stop.");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/info"))
                .header("Authorization", "Bearer " + m.group(2)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"write\":false");
        studio.interrupt();
        studio.join(10_000);
        assertThat(code.get()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void warnsWhenListeningBeyondThisMachine(TestDatabase db) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread studio = new Thread(() -> Main.execute(new Environment(Map.of(), dir, new PrintWriter(out, true),
                new PrintWriter(err, true), false), "studio", "--url", db.url().toString(), "--port", "0", "--host", "0.0.0.0"));
        studio.start();
        for (int i = 0; i < 1200 && !out.toString().contains("Strata Studio:"); i++) {
            Thread.sleep(50);
        }
        studio.interrupt();
        studio.join(10_000);
        assertThat(err.toString()).contains("warning: listening on 0.0.0.0: anyone who can reach this address and has the token"
                + " can read the database");
    }

    @Test
    void refusesABadStatementTimeout() {
        CliRun run = CliRun.run(dir, "studio", "--url", "postgres://x@127.0.0.1:1/db", "--statement-timeout", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--statement-timeout: not a positive duration: 'soon' (write it as 500ms, 5s or 2min)");
    }

    @Test
    void helpNamesEveryOption() {
        CliRun run = CliRun.run(dir, "studio", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port", "--host", "--write", "--statement-timeout", "Ctrl-C");
    }
}
