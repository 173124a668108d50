package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A project's {@code .strata/pg/} folder: the lock, the state file and, normally, the data folder and
 * log. When the server's user cannot enter the project (root's home is mode 700), the data and log
 * move to a per-project folder under the fallback folder instead, and the state file records where.
 *
 * @param root the {@code .strata/pg} folder
 */
record ServerDirectory(Path root) {

    /**
     * Where the server's data and log live.
     *
     * @param home      the folder holding them
     * @param relocated whether that is outside the project
     */
    record DataHome(Path home, boolean relocated) {
        Path dataDirectory() {
            return home.resolve("data");
        }

        Path logFile() {
            return home.resolve("postgres.log");
        }
    }

    /** The {@code .strata/pg} folder of {@code projectDir}. */
    static ServerDirectory of(Path projectDir) {
        return new ServerDirectory(projectDir.toAbsolutePath().normalize().resolve(".strata").resolve("pg"));
    }

    Path lockFile() {
        return root.resolve("lock");
    }

    Path stateFile() {
        return root.resolve("server.properties");
    }

    /** Creates {@code .strata/pg/} (enterable by all, so an unprivileged server user can reach its data). */
    void create() throws IOException {
        FileModes.createPublic(root);
    }

    /** Chooses and creates the folder for data and log: in the project when {@code user} can reach it. */
    DataHome prepareHome(ServerUser user, Path fallbackRoot) throws IOException {
        if (user.canTraverse(root)) {
            return new DataHome(root, false);
        }
        Path home = safeFallback(fallbackRoot).resolve(projectHash());
        if (!Files.isDirectory(home)) {
            Files.createDirectory(home);
        }
        Files.setPosixFilePermissions(home, FileModes.PRIVATE_DIR);
        user.own(home);
        // For whoever finds this folder later: which project it belongs to. The folder belongs to the
        // server user, so root must not follow a link placed there.
        FileModes.writeNoFollow(home.resolve("PROJECT"), root.getParent().getParent() + "\n", false);
        return new DataHome(home, true);
    }

    /**
     * {@code fallbackRoot}, created if missing, after checking that nobody else controls it: it sits in a
     * world-writable place like {@code /var/tmp}, where another user could have made it first.
     */
    static Path safeFallback(Path fallbackRoot) throws IOException {
        FileModes.createPublic(fallbackRoot);
        Path real = fallbackRoot.toAbsolutePath().normalize();
        long me = new com.sun.security.auth.module.UnixSystem().getUid();
        boolean isLink = Files.isSymbolicLink(real);
        if (isLink || !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS) || FileModes.owner(real) != me
                || (FileModes.mode(real) & 0022) != 0) {
            throw new StrataException.Input(Problem.of("embedded.unsafe-folder",
                    real + " is not a folder owned by this user and writable only by it, so Strata will not "
                            + "keep the embedded server there",
                    "remove it, or set STRATA_EMBEDDED_DIR to a folder owned by this user with mode 755"));
        }
        return real;
    }

    private String projectHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(root.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
