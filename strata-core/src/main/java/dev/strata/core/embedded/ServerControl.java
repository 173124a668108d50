package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Starts and stops one data folder's server with {@code pg_ctl}, as the {@link ServerUser}. A start
 * picks a free port on 127.0.0.1 (the previous one when it is still free, so URLs handed to other
 * tools keep working) and tries another when it loses a race for it.
 */
final class ServerControl {
    private static final Duration PG_CTL_TIMEOUT = Duration.ofSeconds(90);
    private static final int ATTEMPTS = 5;
    private static final long LOG_ROTATE_BYTES = 10L << 20;

    private final Binaries binaries;
    private final ServerUser user;
    private final ServerCommand command;

    ServerControl(Binaries binaries, ServerUser user) {
        this.binaries = binaries;
        this.user = user;
        this.command = new ServerCommand(user);
    }

    /** Starts the server and waits until it accepts connections; returns its postmaster.pid. */
    PostmasterPid start(Path dataDir, Path logFile, int preferredPort) throws IOException {
        prepareLog(logFile);
        String lastLog = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = attempt == 0 && preferredPort > 0 && isFree(preferredPort) ? preferredPort : freePort();
            long logStart = Files.size(logFile);
            ServerCommand.Result result = command.run(PG_CTL_TIMEOUT, List.of(binaries.program("pg_ctl"), "start",
                    "-w", "-t", Long.toString(PG_CTL_TIMEOUT.toSeconds() - 10), "-D", dataDir.toString(),
                    "-l", logFile.toString(), "-o", "-p " + port));
            var pid = PostmasterPid.read(dataDir);
            if (result.succeeded() && pid.isPresent()) {
                return pid.get();
            }
            lastLog = result.output() + "\n" + readFrom(logFile, logStart);
            if (!isTransient(lastLog)) {
                break;
            }
            pause(200L * (attempt + 1));
        }
        throw new StrataException.Unavailable(new Problem("embedded.start-failed", logFile, 0, null, null,
                "the embedded PostgreSQL did not start (data in " + dataDir + ")",
                ClusterSetup.tail(lastLog),
                "read the log lines above (full log: " + logFile + "); 'strata db stop' then start again, or delete "
                        + dataDir.getParent() + " to start from an empty server",
                "the server is not running"), null);
    }

    /** Fast shutdown: rolls back open transactions, disconnects clients, writes a checkpoint. */
    void stop(Path dataDir) {
        ServerCommand.Result result = command.run(PG_CTL_TIMEOUT, List.of(binaries.program("pg_ctl"), "stop",
                "-m", "fast", "-w", "-t", Long.toString(PG_CTL_TIMEOUT.toSeconds() - 10), "-D", dataDir.toString()));
        if (!result.succeeded() && PostmasterPid.read(dataDir).map(PostmasterPid::isAlive).orElse(false)) {
            throw new StrataException.Unavailable(new Problem("embedded.stop-failed", null, 0, null, null,
                    "the embedded PostgreSQL did not stop (data in " + dataDir + ")", ClusterSetup.tail(result.output()),
                    "run the stop again; if it keeps failing, end the postmaster process named in "
                            + PostmasterPid.file(dataDir) + " with kill -INT",
                    "the server is still running"), null);
        }
    }

    /** Whether something answers on 127.0.0.1:{@code port}: a cheap check that a server still listens. */
    static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void prepareLog(Path logFile) throws IOException {
        if (Files.exists(logFile) && Files.size(logFile) > LOG_ROTATE_BYTES) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
            Files.setPosixFilePermissions(logFile, FileModes.PRIVATE_FILE);
        }
        // pg_ctl opens the log as the server's user, who may not create files in this folder.
        user.own(logFile);
    }

    /** Failures that another attempt can cure: a port taken meanwhile, a crashed server's memory not yet freed. */
    private static boolean isTransient(String log) {
        return log.contains("could not bind") || log.contains("Address already in use")
                || log.contains("pre-existing shared memory block") || log.contains("lock file \"postmaster.pid\"");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return s.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    private static String readFrom(Path logFile, long offset) {
        try (InputStream in = Files.newInputStream(logFile)) {
            in.skipNBytes(Math.min(offset, Files.size(logFile)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
