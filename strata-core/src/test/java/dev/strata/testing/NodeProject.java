package dev.strata.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js test peer under {@code compat/<name>} ({@code package.json} with exact versions, committed
 * {@code package-lock.json}, never {@code node_modules}): found from {@code STRATA_REPO_DIR} (set by failsafe) or
 * upwards from the working directory, installed with {@code npm ci} once per JVM when its pinned packages are
 * missing (under a file lock, so parallel JVMs do not install into one folder at once). When {@code node}/{@code npm}
 * are not on the PATH or {@code npm ci} fails, the calling test is aborted with the reason — except under
 * {@code CI=true}, where it fails.
 */
public final class NodeProject {
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final Map<String, Object> PREPARED = new HashMap<>();

    private final Path dir;

    private NodeProject(Path dir) {
        this.dir = dir;
    }

    /**
     * {@code compat/<name>}, installed; {@code marker} is a file the peer must have besides its package files.
     * The outcome is decided once per JVM and name.
     */
    public static synchronized NodeProject get(String name, String marker, List<String> pinned) {
        Object outcome = PREPARED.computeIfAbsent(name, n -> {
            Path dir = locate(n, marker);
            String unavailable = prepare(dir, pinned);
            return unavailable == null ? new NodeProject(dir) : unavailable;
        });
        if (outcome instanceof String reason) {
            ExternalTool.unavailable("Node.js, npm and the npm registry", reason);
        }
        return (NodeProject) outcome;
    }

    /** The peer's folder. */
    public Path dir() {
        return dir;
    }

    /**
     * What one command did.
     *
     * @param exitCode its exit code, -1 when killed
     * @param timedOut whether it outlived its timeout and was killed
     * @param output   stdout and stderr, interleaved
     */
    public record Run(int exitCode, boolean timedOut, String output) {
    }

    /** Runs a command in {@code workDir} with {@code env} added, stdin empty, output collected in a file so no pipe fills up. */
    public Run run(Path workDir, Map<String, String> env, List<String> command, Duration timeout) {
        return execute(workDir, env, command, timeout);
    }

    private static Run execute(Path workDir, Map<String, String> env, List<String> command, Duration timeout) {
        Path out = null;
        try {
            out = Files.createTempFile("strata-node-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(env);
            Process p = builder.start();
            boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return new Run(finished ? p.exitValue() : -1, !finished, Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " in " + workDir, e);
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

    private static Path locate(String name, String marker) {
        String repo = System.getenv("STRATA_REPO_DIR");
        if (repo != null && !repo.isBlank() && isPeer(Path.of(repo, "compat", name), marker)) {
            return Path.of(repo, "compat", name).toAbsolutePath().normalize();
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (isPeer(p.resolve("compat").resolve(name), marker)) {
                return p.resolve("compat").resolve(name).normalize();
            }
        }
        return Assertions.fail("compat/" + name + "/" + marker + " not found (STRATA_REPO_DIR=" + repo + ", user.dir="
                + System.getProperty("user.dir") + "): run the tests inside the Strata repository");
    }

    private static boolean isPeer(Path dir, String marker) {
        return Files.isRegularFile(dir.resolve(marker)) && Files.isRegularFile(dir.resolve("package-lock.json"));
    }

    /** Installs the packages if needed; returns why the peer cannot be used, or {@code null}. */
    @SuppressWarnings("try") // the file lock is held for the try block's duration, never referenced
    private static String prepare(Path dir, List<String> pinned) {
        for (String tool : List.of("node", "npm")) {
            if (!ExternalTool.onPath(tool)) {
                return "`" + tool + "` is not on the PATH; the Node.js peer in " + dir + " needs Node.js and npm";
            }
        }
        if (installed(dir, pinned)) {
            return null;
        }
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"),
                "strata-node-peer-" + Integer.toHexString(dir.toString().hashCode()) + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (installed(dir, pinned)) {
                return null; // another JVM installed while we waited
            }
            Run run = execute(dir, Map.of(), List.of("npm", "ci", "--no-audit", "--no-fund"), INSTALL_TIMEOUT);
            if (run.timedOut() || run.exitCode() != 0) {
                return "`npm ci` in " + dir + (run.timedOut() ? " timed out" : " failed (exit " + run.exitCode() + ")")
                        + "; is the npm registry reachable? Its output:\n" + tail(run.output());
            }
            if (!installed(dir, pinned)) {
                return "`npm ci` in " + dir + " succeeded but " + pinned + " are not installed at the versions package.json pins";
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile + " to install " + dir, e);
        }
    }

    /** Whether node_modules holds the packages package.json pins, at those versions. */
    private static boolean installed(Path dir, List<String> pinned) {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode wanted = json.readTree(dir.resolve("package.json").toFile()).path("dependencies");
            for (String name : pinned) {
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

    private static File nullDevice() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        int from = Math.max(0, lines.length - 30);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
