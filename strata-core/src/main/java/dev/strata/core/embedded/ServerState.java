package dev.strata.core.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code .strata/pg/server.properties} records about a project's embedded server: where its
 * binaries, data and log are, who runs it, and the port and pid of its last start (0 once stopped).
 * The data folder's {@code postmaster.pid} stays the authority on whether it runs; this file is what
 * lets a later run find the data again, including when it had to live outside the project.
 *
 * @param version       PostgreSQL version, e.g. {@code 17.2}
 * @param binaries      folder holding {@code bin/}
 * @param dataDirectory the data folder (PGDATA)
 * @param logFile       the server log
 * @param user          the OS user the server runs as
 * @param port          the port of the last start, or 0
 * @param pid           the postmaster pid of the last start, or 0 when stopped cleanly
 */
record ServerState(String version, Path binaries, Path dataDirectory, Path logFile, String user, int port, long pid) {

    /** The state recorded under {@code dir}, if any. Paths inside {@code dir} are stored relative to it. */
    static Optional<ServerState> read(ServerDirectory dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.stateFile(), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (p.getProperty("dataDirectory") == null) {
            return Optional.empty();
        }
        return Optional.of(new ServerState(p.getProperty("version", "unknown"),
                Path.of(p.getProperty("binaries", "")),
                dir.root().resolve(p.getProperty("dataDirectory")),
                dir.root().resolve(p.getProperty("logFile", "postgres.log")),
                p.getProperty("user", ""),
                Integer.parseInt(p.getProperty("port", "0")),
                Long.parseLong(p.getProperty("pid", "0"))));
    }

    /** Writes this state under {@code dir}, atomically (readers never see half a file). */
    void write(ServerDirectory dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("version", version);
        p.setProperty("binaries", binaries.toString());
        p.setProperty("dataDirectory", relative(dir, dataDirectory));
        p.setProperty("logFile", relative(dir, logFile));
        p.setProperty("user", user);
        p.setProperty("port", Integer.toString(port));
        p.setProperty("pid", Long.toString(pid));
        Path temp = dir.stateFile().resolveSibling(dir.stateFile().getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(w, "Strata's embedded PostgreSQL; written by Strata, read by 'strata db status'");
        }
        Files.move(temp, dir.stateFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** This state after a start on {@code newPort} by postmaster {@code newPid}. */
    ServerState running(int newPort, long newPid) {
        return new ServerState(version, binaries, dataDirectory, logFile, user, newPort, newPid);
    }

    /** This state after a stop: the port is kept so the next start can reuse it. */
    ServerState stopped() {
        return new ServerState(version, binaries, dataDirectory, logFile, user, port, 0);
    }

    private static String relative(ServerDirectory dir, Path p) {
        // Relative inside the project, so a moved or copied project still finds its data.
        return p.startsWith(dir.root()) ? dir.root().relativize(p).toString() : p.toString();
    }
}
