package dev.strata.core.embedded;

import com.sun.security.auth.module.UnixSystem;
import dev.strata.core.StrataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Strata run as root (containers, CI): PostgreSQL refuses root, so the server runs as an unprivileged
 * user. CI runs as root, so these tests are the proof that the embedded path works there.
 */
class EmbeddedPostgresAsRootIT {
    private TestProject project;

    @BeforeEach
    void setUp() {
        assumeTrue(new UnixSystem().getUid() == 0, "these tests need root (CI and the dev container are root)");
        project = TestProject.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (project != null) {
            project.close();
        }
    }

    @Test
    void asRootEveryServerProcessRunsAsTheUnprivilegedUser() throws Exception {
        RunningServer server = project.postgres().ensureRunning();
        int nobody = (Integer) Files.getAttribute(Path.of("/proc", Long.toString(server.pid())), "unix:uid");

        assertThat(server.user()).isEqualTo("nobody");
        assertThat(nobody).isNotZero();
        List<ProcessHandle> processes = Stream.concat(Stream.of(ProcessHandle.of(server.pid()).orElseThrow()),
                ProcessHandle.of(server.pid()).orElseThrow().children()).toList();
        assertThat(processes).hasSizeGreaterThanOrEqualTo(3); // postmaster, checkpointer, background writer, ...
        for (ProcessHandle p : processes) {
            assertThat(Files.getAttribute(Path.of("/proc", Long.toString(p.pid())), "unix:uid"))
                    .as("owner of %s", p.info().commandLine().orElse("pid " + p.pid())).isEqualTo(nobody);
        }
        assertThat(Files.getAttribute(server.dataDirectory(), "unix:uid")).isEqualTo(nobody);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDirectory())))
                .isEqualTo("rwx------");
    }

    @Test
    void asRootSaysOnceWhichUserRunsTheServer() {
        RunningServer first = project.postgres().ensureRunning();
        RunningServer second = project.postgres().ensureRunning();

        assertThat(first.notices()).singleElement().asString()
                .contains("runs as root", "user nobody", "STRATA_EMBEDDED_USER");
        assertThat(second.notices()).isEmpty();
    }

    @Test
    void asRootMovesTheDataWhereTheServerUserCanReachItWhenTheProjectIsPrivate() throws Exception {
        Path privateHome = project.root().resolve("home");
        Files.createDirectory(privateHome);
        Files.setPosixFilePermissions(privateHome, PosixFilePermissions.fromString("rwx------")); // like /root
        Path projectDir = Files.createDirectory(privateHome.resolve("app"));
        EmbeddedPostgres pg = project.track(EmbeddedPostgres.withSettings(project.settings(projectDir)));

        RunningServer server = pg.ensureRunning();

        Path fallback = project.root().resolve("fallback");
        assertThat(server.dataDirectory()).startsWith(fallback);
        assertThat(server.notices()).anySatisfy(n -> assertThat(n)
                .contains("cannot enter " + projectDir, server.dataDirectory().getParent().toString()));
        assertThat(projectDir.resolve(".strata/pg/server.properties")).content()
                .contains("dataDirectory=" + server.dataDirectory());
        assertThat(server.dataDirectory().resolveSibling("PROJECT")).content().contains(projectDir.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDirectory().getParent())))
                .isEqualTo("rwx------");

        pg.stop();
        RunningServer again = pg.ensureRunning();
        assertThat(again.dataDirectory()).isEqualTo(server.dataDirectory());
        assertThat(again.notices()).isEmpty();
    }

    @Test
    void asRootRefusesAServerUserThatDoesNotExistWithTheFix() {
        EmbeddedPostgres pg = EmbeddedPostgres.withSettings(project.settings().withServerUser("strata-no-such-user"));

        assertThatThrownBy(pg::ensureRunning)
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("embedded.no-user");
                    assertThat(e.problem().message()).contains("strata-no-such-user", "root");
                    assertThat(e.problem().fix()).contains("STRATA_EMBEDDED_USER", "useradd");
                });
        assertThat(project.dir().resolve(".strata/pg/data")).doesNotExist();
    }

    @Test
    void asRootRefusesRootAsTheServerUser() {
        EmbeddedPostgres pg = EmbeddedPostgres.withSettings(project.settings().withServerUser("root"));

        assertThatThrownBy(pg::ensureRunning)
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("embedded.root-user");
                    assertThat(e.problem().fix()).contains("STRATA_EMBEDDED_USER");
                });
    }

    @Test
    void asRootRefusesAFallbackFolderSomeoneElseCouldWriteTo() throws Exception {
        Path privateHome = project.root().resolve("home");
        Files.createDirectory(privateHome);
        Files.setPosixFilePermissions(privateHome, PosixFilePermissions.fromString("rwx------"));
        Path projectDir = Files.createDirectory(privateHome.resolve("app"));
        Path open = project.root().resolve("open");
        Files.createDirectory(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        EmbeddedPostgres pg = EmbeddedPostgres.withSettings(project.settings(projectDir).withFallbackDir(open));

        assertThatThrownBy(pg::ensureRunning)
                .isInstanceOfSatisfying(StrataException.Input.class,
                        e -> assertThat(e.problem().code()).isEqualTo("embedded.unsafe-folder"));
    }
}
