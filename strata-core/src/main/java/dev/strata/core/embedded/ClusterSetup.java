package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a new database cluster with {@code initdb}: superuser {@code postgres}, UTF-8, trust
 * authentication for TCP connections from 127.0.0.1 only, no Unix socket. It is made in a sibling
 * folder and renamed into place, so a Strata killed half-way never leaves a half-made cluster that
 * looks complete; the next run deletes the leftover and starts over.
 */
final class ClusterSetup {
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(3);

    /** Appended to postgresql.conf; the port is given on each start, since it may change. */
    private static final String SETTINGS = """

            # --- added by Strata (embedded server) ---
            listen_addresses = '127.0.0.1'
            # No Unix socket: nothing to collide in /tmp, and TCP from 127.0.0.1 is the one way in.
            unix_socket_directories = ''
            # Defaults otherwise (fsync, synchronous_commit on): a committed migration survives kill -9 and power loss.
            log_line_prefix = '%m [%p] '
            """;

    private static final String HBA = """
            # Written by Strata: trust, but only for TCP connections from this machine.
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            host    all          all   127.0.0.1/32   trust
            host    replication  all   127.0.0.1/32   trust
            """;

    private ClusterSetup() {
    }

    /** Whether {@code dataDir} holds a cluster made completely. */
    static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("PG_VERSION"));
    }

    /** The major version that made the cluster in {@code dataDir}. */
    static int majorVersion(Path dataDir) throws IOException {
        return Integer.parseInt(Files.readString(dataDir.resolve("PG_VERSION")).strip());
    }

    /** Runs initdb for a new cluster at {@code dataDir}, which must not hold one. */
    static void create(Binaries binaries, ServerUser user, Path dataDir) throws IOException {
        Path temp = dataDir.resolveSibling(dataDir.getFileName() + ".initdb");
        FileModes.deleteTree(temp); // left by a process killed during initdb
        FileModes.deleteTree(dataDir); // a folder without PG_VERSION is not a cluster
        Files.createDirectory(temp);
        Files.setPosixFilePermissions(temp, FileModes.PRIVATE_DIR);
        user.own(temp);
        List<String> command = new ArrayList<>(List.of(binaries.program("initdb"), "-D", temp.toString(),
                "-U", "postgres", "-A", "trust", "--encoding=UTF8", "--locale=C"));
        if (binaries.major() >= 17) {
            // The builtin C.UTF-8 locale: Unicode-aware upper()/lower(), no dependency on the host's locales.
            command.addAll(List.of("--locale-provider=builtin", "--builtin-locale=C.UTF-8"));
        }
        ServerCommand.Result result = new ServerCommand(user).run(INITDB_TIMEOUT, command);
        if (!result.succeeded()) {
            FileModes.deleteTree(temp);
            throw new StrataException(new Problem("embedded.initdb-failed", null, 0, null, null,
                    "initdb failed (exit " + result.exitCode() + ") creating the embedded server's data in " + dataDir,
                    tail(result.output()),
                    "read the output above; if the disk is full or the folder is not writable, fix that and run again",
                    "nothing was created"));
        }
        // The folder is the server user's now: root writes without following links.
        FileModes.writeNoFollow(temp.resolve("postgresql.conf"), SETTINGS, true);
        FileModes.writeNoFollow(temp.resolve("pg_hba.conf"), HBA, false);
        Files.move(temp, dataDir, StandardCopyOption.ATOMIC_MOVE);
    }

    static String tail(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
