package dev.strata.core.embedded;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresConcurrencyIT extends WithTestProject {
    @Test
    void twoThreadsStartingAtOnceShareOneServerMadeOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunningServer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                EmbeddedPostgres pg = project.postgres(); // one instance per thread, as two commands would have
                results.add(pool.submit(() -> {
                    go.await();
                    return pg.ensureRunning();
                }));
            }
            go.countDown();
            RunningServer a = results.get(0).get(3, TimeUnit.MINUTES);
            RunningServer b = results.get(1).get(3, TimeUnit.MINUTES);

            assertThat(List.of(a.start(), b.start()))
                    .containsExactlyInAnyOrder(RunningServer.Start.CREATED, RunningServer.Start.REUSED);
            assertThat(a.pid()).isEqualTo(b.pid());
            assertThat(a.port()).isEqualTo(b.port());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesStartingAtOnceShareOneServerMadeOnce() throws Exception {
        Process first = EmbeddedPostgresProcess.launch(project);
        Process second = EmbeddedPostgresProcess.launch(project);

        String[] a = resultOf(first);
        String[] b = resultOf(second);

        assertThat(List.of(a[0], b[0])).containsExactlyInAnyOrder("CREATED", "REUSED");
        assertThat(a[1]).isEqualTo(b[1]);
        assertThat(a[2]).isEqualTo(b[2]);
        assertThat(project.postgres().status().pid()).isEqualTo(Long.parseLong(a[1]));
    }

    private static String[] resultOf(Process p) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String[] line = EmbeddedPostgresRecoveryIT.firstResultLine(out);
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isZero();
            return line;
        }
    }
}
