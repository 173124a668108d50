package dev.strata.core.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway project folder for one test, enterable by the server's user, with its own fallback
 * folder and the binaries cache shared by all tests (unpacked once per machine). {@link #close()} stops
 * every server the test started and deletes the folders.
 */
final class TestProject implements AutoCloseable {
    /** Shared so that tests unpack the 59 MB of binaries once, not once each. */
    static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "strata-test-binaries");

    private final Path root;
    private final List<EmbeddedPostgres> started = new ArrayList<>();

    private TestProject(Path root) {
        this.root = root;
    }

    static TestProject create() {
        try {
            Path root = Files.createTempDirectory("strata-emb-it-");
            // createTempDirectory makes it 700; the server's user must be able to enter it.
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createDirectory(root.resolve("project"));
            return new TestProject(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    Path dir() {
        return root.resolve("project");
    }

    EmbeddedSettings settings() {
        return settings(dir());
    }

    EmbeddedSettings settings(Path projectDir) {
        return EmbeddedSettings.fromEnvironment(projectDir, System.getenv())
                .withBinaryCache(BINARIES)
                .withFallbackDir(root.resolve("fallback"));
    }

    /** The embedded server of this project; stopped on close. */
    EmbeddedPostgres postgres() {
        return track(EmbeddedPostgres.withSettings(settings()));
    }

    EmbeddedPostgres track(EmbeddedPostgres postgres) {
        synchronized (started) {
            started.add(postgres);
        }
        return postgres;
    }

    @Override
    public void close() throws IOException {
        RuntimeException first = null;
        for (EmbeddedPostgres pg : started) {
            try {
                pg.stop();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        FileModes.deleteTree(root);
        if (first != null) {
            throw first;
        }
    }
}
