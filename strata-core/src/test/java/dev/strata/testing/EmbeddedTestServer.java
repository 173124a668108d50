package dev.strata.testing;

import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.embedded.EmbeddedPostgres;
import dev.strata.core.embedded.RunningServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Starts the embedded PostgreSQL for tests when no other server answers: one server per JVM, its
 * data in a temporary folder, stopped and deleted when the JVM exits. {@link TestServer} calls
 * {@link #start()} at most once.
 */
final class EmbeddedTestServer {
    private EmbeddedTestServer() {
    }

    static DatabaseUrl start() {
        Path project = temporaryProject();
        EmbeddedPostgres postgres = EmbeddedPostgres.forProject(project);
        RunningServer server = postgres.ensureRunning();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.stop();
            } finally {
                deleteQuietly(project);
            }
        }, "strata-embedded-test-server-stop"));
        return server.url();
    }

    private static Path temporaryProject() {
        try {
            Path dir = Files.createTempDirectory("strata-test-server-");
            // Made 700; as root the server runs as an unprivileged user, who must be able to enter it.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the embedded test server", e);
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
