package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The PostgreSQL binaries archive on the class path (a {@code .txz} inside a zonky jar) and its
 * unpacking into a shared cache folder. Each distinct archive unpacks once into a folder named by its
 * platform and checksum; unpacking goes to a temporary folder renamed into place, so a process killed
 * half-way leaves nothing that looks complete.
 */
final class BinaryArchive {
    private static final Duration UNPACK_LOCK_TIMEOUT = Duration.ofMinutes(3);

    private final Platform platform;
    private final URL resource;

    private BinaryArchive(Platform platform, URL resource) {
        this.platform = platform;
        this.resource = resource;
    }

    /** The archive for {@code platform}, or a problem naming the artifact to add. */
    static BinaryArchive find(Platform platform) {
        platform.requireSupported();
        ClassLoader loader = BinaryArchive.class.getClassLoader();
        URL url = loader.getResource(platform.archiveResource());
        if (url == null) {
            throw new StrataException.Input(Problem.of("embedded.no-binaries",
                    "no PostgreSQL binaries for " + platform + " on the class path (looked for "
                            + platform.archiveResource() + ")",
                    "add the dependency " + platform.artifact()
                            + " next to Strata, or give Strata a server with --url or DATABASE_URL"));
        }
        return new BinaryArchive(platform, url);
    }

    /** A stable name for this archive's contents: platform plus checksum. */
    String key() {
        return "postgres-" + platform + "-" + Long.toHexString(checksum());
    }

    /**
     * The binaries unpacked under {@code cache}, unpacking them first if no complete copy is there.
     * Concurrent callers in any process wait for the one that unpacks.
     */
    @SuppressWarnings("try") // the lock is held by the try block, not used in it
    Binaries unpackInto(Path cache) {
        Path home = cache.resolve("postgres-" + platform);
        try {
            home = cache.resolve(key());
            if (Binaries.isComplete(home)) {
                return Binaries.at(home);
            }
            FileModes.createPublic(cache);
            try (DirectoryLock lock = DirectoryLock.acquire(cache.resolve(".unpack.lock"), UNPACK_LOCK_TIMEOUT)) {
                if (!Binaries.isComplete(home)) {
                    unpackAtomically(home);
                }
            }
            return Binaries.at(home);
        } catch (IOException | UncheckedIOException e) {
            throw new StrataException(Problem.of("embedded.unpack-failed",
                    "cannot unpack the PostgreSQL binaries into " + home + ": " + e.getMessage(),
                    "make " + cache + " writable, or point STRATA_CACHE_DIR at a writable folder"), e);
        }
    }

    private void unpackAtomically(Path home) throws IOException {
        Path temp = home.resolveSibling(".unpacking-" + UUID.randomUUID());
        try {
            FileModes.createPublic(temp);
            unpack(temp);
            FileModes.deleteTree(home); // an incomplete copy (someone deleted files): replace it
            Files.move(temp, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // a process that did not use the lock finished first; its copy is as good as ours
        } finally {
            FileModes.deleteTree(temp);
        }
    }

    private void unpack(Path target) throws IOException {
        try (InputStream raw = new BufferedInputStream(resource.openStream(), 1 << 16);
             XZInputStream xz = new XZInputStream(raw);
             TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(xz, 1 << 16))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = inside(target, entry.getName());
                if (entry.isDirectory()) {
                    FileModes.createPublic(out);
                } else if (entry.isSymbolicLink()) {
                    FileModes.createPublic(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    FileModes.createPublic(out.getParent());
                    Files.createLink(out, inside(target, entry.getLinkName()));
                } else {
                    FileModes.createPublic(out.getParent());
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, readableMode(entry.getMode()));
                }
            }
        }
        if (!Binaries.isComplete(target)) {
            throw new IOException(platform.archiveResource() + " holds no bin/postgres, bin/pg_ctl and bin/initdb");
        }
    }

    /** Keeps the archive's execute bits, makes everything readable by all and writable by none but the owner. */
    private static Set<PosixFilePermission> readableMode(int tarMode) {
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((tarMode & 0111) != 0) {
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return perms;
    }

    private static Path inside(Path root, String name) throws IOException {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root)) {
            throw new IOException("archive entry outside its folder: " + name);
        }
        return p;
    }

    private long checksum() {
        try {
            URLConnection c = resource.openConnection();
            if (c instanceof JarURLConnection jar && jar.getJarEntry().getCrc() >= 0) {
                return jar.getJarEntry().getCrc(); // stored in the jar's directory: no need to read 15 MB
            }
            CRC32 crc = new CRC32();
            try (InputStream in = c.getInputStream()) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    crc.update(buf, 0, n);
                }
            }
            return crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
