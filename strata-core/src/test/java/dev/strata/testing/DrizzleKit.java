package dev.strata.testing;

import org.junit.jupiter.api.Assertions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real drizzle-kit as a test peer: {@code compat/drizzle-kit}, drizzle-kit 0.31.11 and drizzle-orm 0.45.4
 * (the versions the vectors were made with), installed by {@link NodeProject} ({@code npm ci} on first use;
 * skipped without Node.js, failed under {@code CI=true}).
 */
public final class DrizzleKit {
    /** How long one drizzle-kit command may take; it prompts on stdin for renames, which is empty, so it cannot wait for ever. */
    public static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final List<String> PINNED = List.of("drizzle-kit", "drizzle-orm");

    private final NodeProject project;

    private DrizzleKit(NodeProject project) {
        this.project = project;
    }

    /** drizzle-kit, installed; aborts the calling test (fails it under {@code CI=true}) when it cannot be had. */
    public static DrizzleKit get() {
        return new DrizzleKit(NodeProject.get("drizzle-kit", "README.md", PINNED));
    }

    /**
     * Runs {@code drizzle-kit generate --config CONFIG} in {@code workDir}, where the config's relative
     * {@code schema} and {@code out} paths are resolved; {@code drizzle-orm} is importable from any schema file.
     */
    public Result generate(Path workDir, String config) {
        Path modules = project.dir().resolve("node_modules");
        List<String> command = List.of("node", modules.resolve("drizzle-kit").resolve("bin.cjs").toString(), "generate",
                "--config", config);
        NodeProject.Run run = project.run(workDir, Map.of("NODE_PATH", modules.toString(), "NO_COLOR", "1"), command, TIMEOUT);
        String shown = "drizzle-kit generate --config " + config + " in " + workDir;
        if (run.timedOut()) {
            Assertions.fail(shown + " did not finish within " + TIMEOUT.toSeconds() + " s (waiting for a prompt?); output:\n"
                    + run.output());
        }
        return new Result(shown, run.exitCode(), run.output());
    }

    /**
     * What one drizzle-kit run did.
     *
     * @param command  the command and where it ran
     * @param exitCode its exit code
     * @param output   stdout and stderr, interleaved
     */
    public record Result(String command, int exitCode, String output) {
        @Override
        public String toString() {
            return command + " exited " + exitCode + ":\n" + output;
        }
    }
}
