package dev.strata.core.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folder creation with explicit modes (never the umask's), owner checks, and recursive delete: the
 * file-system side of running the server as another user.
 */
final class FileModes {
    static final Set<PosixFilePermission> PUBLIC_DIR = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private FileModes() {
    }

    /**
     * Creates {@code dir} and its missing parents, each new one {@code rwxr-xr-x} whatever the umask,
     * so that the server's user can pass through folders Strata made.
     */
    static void createPublic(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createPublic(parent);
        }
        try {
            Files.createDirectory(absolute);
            Files.setPosixFilePermissions(absolute, PUBLIC_DIR);
        } catch (FileAlreadyExistsException raced) {
            // another process made it meanwhile: fine
        }
    }

    /** Whether the user {@code uid}/{@code gid} (no other groups) may enter {@code dir} and every folder above it. */
    static boolean canTraverse(Path dir, int uid, int gid) throws IOException {
        if (uid == 0) {
            return true;
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (!Files.exists(p)) {
                continue; // Strata creates it with createPublic, so it will be enterable
            }
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            int owner = (Integer) Files.getAttribute(p, "unix:uid");
            int group = (Integer) Files.getAttribute(p, "unix:gid");
            int bit = owner == uid ? 0100 : group == gid ? 0010 : 0001;
            if ((mode & bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Changes the numeric owner of {@code path} (not following a symbolic link). */
    static void chown(Path path, int uid, int gid) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
    }

    /** Owner and mode bits of a path, read without following links. */
    static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    }

    /** Owner uid of a path, read without following links. */
    static int owner(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes (or appends) text to a file without following a symbolic link at its name. */
    static void writeNoFollow(Path file, String text, boolean append) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Deletes a file or folder tree if present; symbolic links are removed, not followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
