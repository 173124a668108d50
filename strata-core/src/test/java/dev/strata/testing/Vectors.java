package dev.strata.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/vectors/drizzle}: under {@code STRATA_SHARED_DIR} (set by failsafe to the
 * folder beside the repository), else beside or inside a parent of the working directory.
 */
public final class Vectors {
    private Vectors() {
    }

    public static Path dir() {
        String shared = System.getenv("STRATA_SHARED_DIR");
        if (shared != null && !shared.isBlank() && Files.isDirectory(Path.of(shared, "vectors", "drizzle"))) {
            return Path.of(shared, "vectors", "drizzle").toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolve("shared"), p.resolveSibling("shared")}) {
                Path vectors = candidate.resolve("vectors").resolve("drizzle");
                if (Files.isDirectory(vectors)) {
                    return vectors;
                }
            }
        }
        throw new IllegalStateException("shared/vectors/drizzle not found (STRATA_SHARED_DIR=" + shared
                + ", working directory " + Path.of("").toAbsolutePath()
                + "); the shared folder sits beside the repository, or set STRATA_SHARED_DIR");
    }
}
