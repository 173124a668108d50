package dev.strata.core.check;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/vectors/drizzle: STRATA_SHARED_DIR, else upwards from the working folder. */
final class Vectors {
    private Vectors() {
    }

    static Path dir() {
        String env = System.getenv("STRATA_SHARED_DIR");
        if (env != null && Files.isDirectory(Path.of(env, "vectors", "drizzle"))) {
            return Path.of(env, "vectors", "drizzle");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("vectors").resolve("drizzle");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find shared/vectors/drizzle; set STRATA_SHARED_DIR");
    }
}
