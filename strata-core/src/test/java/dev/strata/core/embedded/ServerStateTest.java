package dev.strata.core.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServerStateTest {

    @Test
    void storesPathsInsideTheProjectRelativelySoAMovedProjectFindsItsData(@TempDir Path tmp) throws Exception {
        ServerDirectory dir = ServerDirectory.of(tmp.resolve("app"));
        dir.create();
        new ServerState("17.2", Path.of("/cache/pg"), dir.root().resolve("data"), dir.root().resolve("postgres.log"),
                "nobody", 5433, 42).write(dir);

        assertThat(dir.stateFile()).content().contains("dataDirectory=data", "logFile=postgres.log", "pid=42");

        Path moved = tmp.resolve("moved");
        Files.move(tmp.resolve("app"), moved);
        ServerDirectory movedDir = ServerDirectory.of(moved);
        assertThat(ServerState.read(movedDir)).get()
                .extracting(ServerState::dataDirectory).isEqualTo(movedDir.root().resolve("data"));
    }

    @Test
    void storesARelocatedDataFolderAbsolutely(@TempDir Path tmp) throws Exception {
        ServerDirectory dir = ServerDirectory.of(tmp);
        dir.create();
        ServerState state = new ServerState("17.2", Path.of("/cache/pg"), Path.of("/var/tmp/strata-pg/ab/data"),
                Path.of("/var/tmp/strata-pg/ab/postgres.log"), "nobody", 5433, 0);
        state.write(dir);

        assertThat(ServerState.read(dir)).contains(state);
    }

    @Test
    void aProjectWithoutStateHasNone(@TempDir Path tmp) {
        assertThat(ServerState.read(ServerDirectory.of(tmp))).isEmpty();
    }

    @Test
    void readsPidPortAndStatusFromPostmasterPid(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("postmaster.pid"), "1234\n/data\n1700000000\n5433\n\n127.0.0.1\n  1 2\nready   \n");

        assertThat(PostmasterPid.read(tmp)).contains(new PostmasterPid(1234, 5433, "ready"));
    }

    @Test
    void aHalfWrittenPostmasterPidCountsAsAbsent(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("postmaster.pid"), "12");
        assertThat(PostmasterPid.read(tmp)).get().extracting(PostmasterPid::port).isEqualTo(0);
        Files.writeString(tmp.resolve("postmaster.pid"), "");
        assertThat(PostmasterPid.read(tmp)).isEmpty();
    }
}
