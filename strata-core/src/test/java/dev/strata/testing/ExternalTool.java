package dev.strata.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests that need a program from outside the JVM (pg_dump, node, npm): find it, and when it is
 * missing skip the test — except under {@code CI=true}, where CI promises the tool and a missing one
 * is a failure, never a quiet skip.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** Whether an executable of that name is on the PATH. */
    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Aborts the test with {@code reason}, or fails it under {@code CI=true}. */
    public static void unavailable(String what, String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + "\n(CI=true: CI must have " + what + ", so this fails instead of skipping)");
        }
        Assumptions.abort("skipped, " + what + " unavailable: " + reason);
    }
}
