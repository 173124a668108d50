package dev.strata.core.embedded;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static dev.strata.core.embedded.EmbeddedPostgresLifecycleIT.execute;
import static dev.strata.core.embedded.EmbeddedPostgresLifecycleIT.query;
import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresRecoveryIT extends WithTestProject {
    @Test
    void recoversCommittedDataAfterKill9OfThePostmaster() throws Exception {
        EmbeddedPostgres pg = project.postgres();
        RunningServer before = pg.ensureRunning();
        execute(before.url(), "CREATE TABLE survived (id int); INSERT INTO survived VALUES (7)");

        kill9(before.pid());

        assertThat(pg.status().state()).isEqualTo(ServerStatus.State.CRASHED);
        RunningServer after = pg.ensureRunning();
        assertThat(after.start()).isEqualTo(RunningServer.Start.STARTED);
        assertThat(after.pid()).isNotEqualTo(before.pid());
        assertThat(after.notices()).singleElement().asString()
                .contains("pid " + before.pid(), "without a clean stop", "recovered");
        assertThat(query(after.url(), "SELECT id FROM survived")).isEqualTo("7");
        assertThat(after.logFile()).content().contains("automatic recovery");
    }

    @Test
    void aServerStartedByAStrataProcessKilledWith9IsReusedByTheNext() throws Exception {
        Process strata = EmbeddedPostgresProcess.launch(project, "hold");
        String[] line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(strata.getInputStream(), StandardCharsets.UTF_8))) {
            line = firstResultLine(out);
            strata.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            assertThat(strata.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(line[0]).isEqualTo("CREATED");

        RunningServer server = project.postgres().ensureRunning();

        assertThat(server.start()).isEqualTo(RunningServer.Start.REUSED);
        assertThat(server.pid()).isEqualTo(Long.parseLong(line[1]));
        assertThat(server.port()).isEqualTo(Integer.parseInt(line[2]));
    }

    @Test
    void startsWhenPostmasterPidNamesAnUnrelatedLiveProcess() throws Exception {
        EmbeddedPostgres pg = project.postgres();
        RunningServer first = pg.ensureRunning();
        pg.stop();
        // After a crash and a reboot, the pid in postmaster.pid may belong to any process: here, this JVM.
        Path pidFile = first.dataDirectory().resolve("postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + first.dataDirectory() + "\n0\n"
                + first.port() + "\n\n127.0.0.1\n0 0\nready\n");

        RunningServer again = pg.ensureRunning();

        assertThat(again.start()).isEqualTo(RunningServer.Start.STARTED);
        assertThat(again.pid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(query(again.url(), "SELECT 1")).isEqualTo("1");
    }

    @Test
    void replacesAHalfMadeClusterLeftByAStrataKilledDuringInitdb() throws Exception {
        Path leftover = project.dir().resolve(".strata/pg/data.initdb");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("postgresql.conf"), "# half written\n");

        RunningServer server = project.postgres().ensureRunning();

        assertThat(server.start()).isEqualTo(RunningServer.Start.CREATED);
        assertThat(leftover).doesNotExist();
        assertThat(query(server.url(), "SELECT 1")).isEqualTo("1");
    }

    @Test
    void makesANewClusterWhenTheRecordedDataFolderWasDeleted() throws Exception {
        EmbeddedPostgres pg = project.postgres();
        RunningServer first = pg.ensureRunning();
        pg.stop();
        FileModes.deleteTree(first.dataDirectory());

        RunningServer again = pg.ensureRunning();

        assertThat(again.start()).isEqualTo(RunningServer.Start.CREATED);
        assertThat(again.notices()).anySatisfy(n -> assertThat(n).contains("was gone"));
        assertThat(query(again.url(), "SELECT 1")).isEqualTo("1");
    }

    static String[] firstResultLine(BufferedReader out) throws java.io.IOException {
        StringBuilder seen = new StringBuilder();
        for (String l; (l = out.readLine()) != null; ) {
            if (l.matches("(CREATED|STARTED|REUSED) \\d+ \\d+")) {
                return l.split(" ");
            }
            seen.append(l).append('\n');
        }
        throw new AssertionError("the child process printed no result:\n" + seen);
    }

    static void kill9(long pid) throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        assertThat(postmaster.destroyForcibly()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (isRunning(pid) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static boolean isRunning(long pid) {
        // A killed postmaster may stay a zombie where nothing reaps orphans; that counts as gone.
        return new PostmasterPid(pid, 0, "").isAlive();
    }
}
