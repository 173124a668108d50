package dev.strata.core.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code postmaster.pid} in a data folder says: PostgreSQL writes it on start and removes it on a
 * clean stop, so one naming a dead process means the server crashed or was killed.
 *
 * @param pid    the postmaster's process id
 * @param port   the TCP port
 * @param status {@code ready}, {@code starting}, {@code stopping} or {@code standby}; empty when not yet written
 */
record PostmasterPid(long pid, int port, String status) {

    /** The file in {@code dataDir}, if there is one that can be read. */
    static Optional<PostmasterPid> read(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(file(dataDir));
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            int port = lines.size() > 3 && !lines.get(3).isBlank() ? Integer.parseInt(lines.get(3).strip()) : 0;
            String status = lines.size() > 7 ? lines.get(7).strip() : "";
            return Optional.of(new PostmasterPid(pid, port, status));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            // half-written by a postmaster that is starting right now, or garbage: treat as absent
            return Optional.empty();
        }
    }

    static Path file(Path dataDir) {
        return dataDir.resolve("postmaster.pid");
    }

    /**
     * Whether the process is alive and is a PostgreSQL server. A pid reused by an unrelated process
     * after a crash or reboot counts as dead.
     */
    boolean isAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> !isZombie(p.pid()))
                .map(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.equals("postgres")).orElse(true))
                .orElse(false);
    }

    /**
     * Whether the process has exited but not been reaped. In containers whose init does not reap
     * orphans, a killed postmaster stays a zombie, which {@link ProcessHandle#isAlive()} counts as alive.
     */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')');
            char state = afterName > 0 && afterName + 2 < stat.length() ? stat.charAt(afterName + 2) : '?';
            return state == 'Z' || state == 'X';
        } catch (IOException e) {
            return false; // no /proc (macOS): trust isAlive()
        }
    }

    /** Whether the server accepts connections. */
    boolean isReady() {
        return "ready".equals(status);
    }
}
