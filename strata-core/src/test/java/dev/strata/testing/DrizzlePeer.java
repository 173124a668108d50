package dev.strata.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.config.DatabaseUrl;
import org.junit.jupiter.api.Assertions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * drizzle-orm's own migrator as a test peer: {@code compat/drizzle/migrate.mjs} run with Node, the
 * exact drizzle-orm and pg versions the vectors were made with (pinned in its
 * {@code package-lock.json}).
 * <p>
 * {@link #get()} finds the folder ({@code STRATA_REPO_DIR}, set by failsafe, else upwards from the
 * working directory), installs its packages with {@code npm ci} once per JVM when they are missing
 * (under a file lock, so parallel JVMs do not install into one folder at once) and hands out the
 * peer. When {@code node}/{@code npm} are not on the PATH or {@code npm ci} fails, the test is
 * aborted (skipped) with the reason — except under {@code CI=true}, where CI is known to have
 * them and the test fails instead.
 */
public final class DrizzlePeer {
    /** How long one run of drizzle's migrator may take before it is killed. */
    public static final Duration MIGRATE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final List<String> PINNED = List.of("drizzle-orm", "pg");

    private static DrizzlePeer instance;
    private static String unavailable;

    private final Path dir;

    private DrizzlePeer(Path dir) {
        this.dir = dir;
    }

    /**
     * The peer, ready to run; aborts the calling test (fails it under {@code CI=true}) when Node or
     * its packages cannot be had. The outcome is decided once per JVM.
     */
    public static synchronized DrizzlePeer get() {
        if (instance == null && unavailable == null) {
            Path dir = locate();
            unavailable = prepare(dir);
            if (unavailable == null) {
                instance = new DrizzlePeer(dir);
            }
        }
        if (unavailable != null) {
            ExternalTool.unavailable("Node.js, npm and the npm registry", unavailable);
        }
        return instance;
    }

    /** The peer's folder, {@code compat/drizzle}. */
    public Path dir() {
        return dir;
    }

    /** Runs drizzle-orm's migrator with its default tracking table ({@code "drizzle"."__drizzle_migrations"}). */
    public Result migrate(Path folder, DatabaseUrl url) {
        return migrate(folder, url, null, null);
    }

    /**
     * Runs drizzle-orm's node-postgres migrator on {@code folder}.
     *
     * @param table  {@code migrationsTable}, or {@code null} for drizzle's default
     * @param schema {@code migrationsSchema}, or {@code null} for drizzle's default
     * @return exit code and output; a run that outlives {@link #MIGRATE_TIMEOUT} is killed and fails the test
     */
    public Result migrate(Path folder, DatabaseUrl url, String table, String schema) {
        List<String> command = new ArrayList<>(List.of("node", "migrate.mjs", folder.toAbsolutePath().toString(), url.libpqUrl()));
        if (table != null) {
            command.addAll(List.of("--table", table));
        }
        if (schema != null) {
            command.addAll(List.of("--schema", schema));
        }
        String shown = "node migrate.mjs " + folder + " " + url.redacted()
                + (table == null ? "" : " --table " + table) + (schema == null ? "" : " --schema " + schema);
        Run run = run(dir, command, MIGRATE_TIMEOUT);
        if (run.timedOut()) {
            Assertions.fail(shown + " did not finish within " + MIGRATE_TIMEOUT.toSeconds() + " s; output:\n" + run.output());
        }
        return new Result(shown, run.exitCode(), run.output());
    }

    /**
     * What one run of the migrator did.
     *
     * @param command  the command, URL password hidden
     * @param exitCode 0 done, 1 the migrator failed, 2 bad arguments
     * @param output   stdout and stderr, interleaved
     */
    public record Result(String command, int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return command + " exited " + exitCode + ":\n" + output;
        }
    }

    // ---- finding and installing -------------------------------------------------------------

    private static Path locate() {
        String repo = System.getenv("STRATA_REPO_DIR");
        if (repo != null && !repo.isBlank() && isPeer(Path.of(repo, "compat", "drizzle"))) {
            return Path.of(repo, "compat", "drizzle").toAbsolutePath().normalize();
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (isPeer(p.resolve("compat").resolve("drizzle"))) {
                return p.resolve("compat").resolve("drizzle").normalize();
            }
        }
        return Assertions.fail("compat/drizzle/migrate.mjs not found (STRATA_REPO_DIR=" + repo + ", user.dir="
                + System.getProperty("user.dir") + "): run the tests inside the Strata repository");
    }

    private static boolean isPeer(Path dir) {
        return Files.isRegularFile(dir.resolve("migrate.mjs")) && Files.isRegularFile(dir.resolve("package-lock.json"));
    }

    /** Installs the packages if needed; returns why the peer cannot be used, or {@code null}. */
    @SuppressWarnings("try") // the file lock is held for the try block's duration, never referenced
    private static String prepare(Path dir) {
        for (String tool : List.of("node", "npm")) {
            if (!ExternalTool.onPath(tool)) {
                return "`" + tool + "` is not on the PATH; drizzle-orm's migrator (compat/drizzle) needs Node.js and npm";
            }
        }
        if (installed(dir)) {
            return null;
        }
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"),
                "strata-drizzle-peer-" + Integer.toHexString(dir.toString().hashCode()) + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (installed(dir)) {
                return null; // another JVM installed while we waited
            }
            Run run = run(dir, List.of("npm", "ci", "--no-audit", "--no-fund"), INSTALL_TIMEOUT);
            if (run.timedOut() || run.exitCode() != 0) {
                return "`npm ci` in " + dir + (run.timedOut() ? " timed out" : " failed (exit " + run.exitCode() + ")")
                        + "; is the npm registry reachable? Its output:\n" + tail(run.output());
            }
            if (!installed(dir)) {
                return "`npm ci` in " + dir + " succeeded but " + PINNED + " are not installed at the versions package.json pins";
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile + " to install compat/drizzle", e);
        }
    }

    /** Whether node_modules holds the packages package.json pins, at those versions. */
    private static boolean installed(Path dir) {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode wanted = json.readTree(dir.resolve("package.json").toFile()).path("dependencies");
            for (String name : PINNED) {
                Path manifest = dir.resolve("node_modules").resolve(name).resolve("package.json");
                if (!Files.isRegularFile(manifest)
                        || !json.readTree(manifest.toFile()).path("version").asText().equals(wanted.path(name).asText())) {
                    return false;
                }
            }
            return Files.isRegularFile(dir.resolve("node_modules").resolve(".package-lock.json"));
        } catch (IOException e) {
            return false;
        }
    }

    // ---- processes --------------------------------------------------------------------------

    private record Run(int exitCode, boolean timedOut, String output) {
    }

    /** Runs a command in {@code dir}, output (stdout + stderr) collected in a file so no pipe can fill up. */
    private static Run run(Path dir, List<String> command, Duration timeout) {
        Path out = null;
        try {
            out = Files.createTempFile("strata-drizzle-peer-", ".out");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return new Run(finished ? p.exitValue() : -1, !finished, Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " in " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static File nullDevice() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        int from = Math.max(0, lines.length - 30);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
