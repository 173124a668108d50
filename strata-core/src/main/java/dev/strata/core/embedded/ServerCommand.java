package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a PostgreSQL program ({@code initdb}, {@code pg_ctl}) as the {@link ServerUser}, in a clean
 * environment, and collects its output.
 */
final class ServerCommand {
    private final ServerUser user;

    ServerCommand(ServerUser user) {
        this.user = user;
    }

    /**
     * The outcome of one program run.
     *
     * @param exitCode the exit status
     * @param output   stdout and stderr, interleaved
     */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command}, killing it after {@code timeout}. */
    Result run(Duration timeout, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(user.wrap(command));
        Map<String, String> env = pb.environment();
        String tz = env.get("TZ");
        // PG* variables (PGDATA, PGPORT, PGOPTIONS...) from the user's shell must not steer our server.
        env.clear();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LC_ALL", "C");
        if (tz != null) {
            env.put("TZ", tz);
        }
        // The server user may not be allowed to read Strata's working folder; "/" it can.
        pb.directory(new File("/"));
        pb.redirectErrorStream(true);
        Path out = null;
        try {
            // A file, not a pipe: nothing can block on a full pipe, whatever a program prints or leaves running.
            out = Files.createTempFile("strata-pg-", ".out");
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return new Result(-1, Files.readString(out, StandardCharsets.UTF_8)
                        + "\n(stopped by Strata after " + timeout.toSeconds() + " s)");
            }
            Result result = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            failIfUserSwitchFailed(result);
            return result;
        } catch (IOException e) {
            throw new StrataException(Problem.of("embedded.exec-failed",
                    "cannot run " + command.get(0) + ": " + e.getMessage(),
                    "check that the PostgreSQL binaries were unpacked completely (delete the cache folder to unpack again)"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException(Problem.of("embedded.interrupted",
                    "interrupted while running " + command.get(0), "run the command again"), e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private void failIfUserSwitchFailed(Result result) {
        if (user.switching() && !result.succeeded()
                && (result.output().startsWith("setpriv:") || result.output().startsWith("runuser:"))) {
            throw new StrataException.Input(Problem.of("embedded.cannot-switch-user",
                    "Strata runs as root but cannot start PostgreSQL as " + user.describe() + ": "
                            + result.output().strip(),
                    "run Strata as a non-root user, or allow switching users (a container needs the "
                            + "SETUID and SETGID capabilities)"));
        }
    }
}
