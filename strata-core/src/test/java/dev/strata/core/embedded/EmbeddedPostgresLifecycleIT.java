package dev.strata.core.embedded;

import dev.strata.core.config.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresLifecycleIT extends WithTestProject {
    @Test
    void firstUseCreatesAServerUnderDotStrataThatAnswersQueries() throws Exception {
        RunningServer server = project.postgres().ensureRunning();

        assertThat(server.start()).isEqualTo(RunningServer.Start.CREATED);
        assertThat(server.version()).startsWith("17.");
        assertThat(server.url().host()).isEqualTo("127.0.0.1");
        assertThat(server.url().database()).isEqualTo("postgres");
        assertThat(server.url().user()).isEqualTo("postgres");
        assertThat(server.dataDirectory()).isEqualTo(project.dir().resolve(".strata/pg/data"));
        assertThat(project.dir().resolve(".strata/pg/server.properties")).content()
                .contains("port=" + server.port(), "pid=" + server.pid(), "dataDirectory=data", "version=17.");
        assertThat(query(server.url(), "SELECT current_setting('server_version') || ' ' || current_user"))
                .isEqualTo("17.2 postgres");
    }

    @Test
    void listensOnLoopbackOnlyWithoutAUnixSocketAndTrustsOnlyLocalTcp() throws Exception {
        RunningServer server = project.postgres().ensureRunning();

        assertThat(query(server.url(), "SELECT current_setting('listen_addresses')")).isEqualTo("127.0.0.1");
        assertThat(query(server.url(), "SELECT current_setting('unix_socket_directories')")).isEmpty();
        assertThat(query(server.url(), "SELECT string_agg(type || ' ' || address || ' ' || auth_method, ',') "
                + "FROM pg_hba_file_rules")).isEqualTo("host 127.0.0.1 trust,host 127.0.0.1 trust");
    }

    @Test
    void aSecondInstanceReusesTheRunningServerWithoutAnotherInitdb() throws Exception {
        RunningServer first = project.postgres().ensureRunning();
        FileTime made = Files.getLastModifiedTime(first.dataDirectory().resolve("PG_VERSION"));

        RunningServer second = project.postgres().ensureRunning();

        assertThat(second.start()).isEqualTo(RunningServer.Start.REUSED);
        assertThat(second.pid()).isEqualTo(first.pid());
        assertThat(second.port()).isEqualTo(first.port());
        assertThat(second.notices()).isEmpty();
        assertThat(Files.getLastModifiedTime(first.dataDirectory().resolve("PG_VERSION"))).isEqualTo(made);
    }

    @Test
    void stopShutsDownCleanlyAndTheNextStartKeepsDataAndPort() throws Exception {
        EmbeddedPostgres pg = project.postgres();
        RunningServer first = pg.ensureRunning();
        execute(first.url(), "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");

        StopResult stopped = pg.stop();

        assertThat(stopped.wasRunning()).isTrue();
        assertThat(stopped.pid()).isEqualTo(first.pid());
        assertThat(new PostmasterPid(first.pid(), 0, "").isAlive()).as("postmaster alive").isFalse();
        assertThat(pg.status().state()).isEqualTo(ServerStatus.State.STOPPED);
        assertThat(first.logFile()).content().contains("database system is shut down");

        RunningServer again = pg.ensureRunning();

        assertThat(again.start()).isEqualTo(RunningServer.Start.STARTED);
        assertThat(again.pid()).isNotEqualTo(first.pid());
        assertThat(again.port()).isEqualTo(first.port());
        assertThat(query(again.url(), "SELECT id FROM kept")).isEqualTo("42");
    }

    @Test
    void aRestartMovesToAnotherFreePortWhenItsOldOneIsTaken() throws Exception {
        EmbeddedPostgres pg = project.postgres();
        RunningServer first = pg.ensureRunning();
        pg.stop();

        try (ServerSocket squatter = new ServerSocket(first.port(), 1, InetAddress.getByName("127.0.0.1"))) {
            RunningServer again = pg.ensureRunning();

            assertThat(squatter.isBound()).isTrue();
            assertThat(again.port()).isNotEqualTo(first.port());
            assertThat(query(again.url(), "SELECT current_setting('port')")).isEqualTo(Integer.toString(again.port()));
            assertThat(pg.status().port()).isEqualTo(again.port());
        }
    }

    @Test
    void statusReportsEachStageWithoutStartingAnything() {
        EmbeddedPostgres pg = project.postgres();
        assertThat(pg.status().state()).isEqualTo(ServerStatus.State.NOT_CREATED);
        assertThat(project.dir().resolve(".strata/pg/data")).doesNotExist();

        RunningServer server = pg.ensureRunning();
        ServerStatus running = pg.status();
        assertThat(running.state()).isEqualTo(ServerStatus.State.RUNNING);
        assertThat(running.url()).isEqualTo(server.url());
        assertThat(running.pid()).isEqualTo(server.pid());
        assertThat(running.dataDirectory()).isEqualTo(server.dataDirectory());

        pg.stop();
        ServerStatus stopped = pg.status();
        assertThat(stopped.state()).isEqualTo(ServerStatus.State.STOPPED);
        assertThat(stopped.url()).isNull();
        assertThat(stopped.port()).isEqualTo(server.port());
    }

    @Test
    void stopOfAProjectWithoutServerSaysNothingWasRunning() {
        StopResult result = project.postgres().stop();

        assertThat(result.wasRunning()).isFalse();
        assertThat(result.dataDirectory()).isNull();
    }

    @Test
    void stopTwiceIsHarmless() {
        EmbeddedPostgres pg = project.postgres();
        pg.ensureRunning();
        pg.stop();

        StopResult second = pg.stop();

        assertThat(second.wasRunning()).isFalse();
        assertThat(second.dataDirectory()).isNotNull();
    }

    static String query(DatabaseUrl url, String sql) throws SQLException {
        try (Connection c = url.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void execute(DatabaseUrl url, String sql) throws SQLException {
        try (Connection c = url.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
