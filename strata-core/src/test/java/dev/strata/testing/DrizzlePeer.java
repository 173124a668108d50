package dev.strata.testing;

import dev.strata.core.config.DatabaseUrl;
import org.junit.jupiter.api.Assertions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * drizzle-orm's own migrator as a test peer: {@code compat/drizzle/migrate.mjs} run with Node, the
 * exact drizzle-orm and pg versions the vectors were made with (pinned in its
 * {@code package-lock.json}).
 * <p>
 * Found and installed by {@link NodeProject} ({@code npm ci} on first use; skipped without Node.js,
 * failed under {@code CI=true}).
 */
public final class DrizzlePeer {
    /** How long one run of drizzle's migrator may take before it is killed. */
    public static final Duration MIGRATE_TIMEOUT = Duration.ofMinutes(2);
    private static final List<String> PINNED = List.of("drizzle-orm", "pg");

    private final NodeProject project;

    private DrizzlePeer(NodeProject project) {
        this.project = project;
    }

    /**
     * The peer, ready to run; aborts the calling test (fails it under {@code CI=true}) when Node or
     * its packages cannot be had. The outcome is decided once per JVM.
     */
    public static DrizzlePeer get() {
        return new DrizzlePeer(NodeProject.get("drizzle", "migrate.mjs", PINNED));
    }

    /** The peer's folder, {@code compat/drizzle}. */
    public Path dir() {
        return project.dir();
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
        NodeProject.Run run = project.run(project.dir(), java.util.Map.of(), command, MIGRATE_TIMEOUT);
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
}
