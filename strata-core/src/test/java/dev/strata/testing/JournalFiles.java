package dev.strata.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code meta/_journal.json} files for tests, entries exactly as drizzle-kit spells them. */
public final class JournalFiles {
    private JournalFiles() {
    }

    /** One entry; idx, when and tag as given (duplicates and gaps allowed, for tests of those). */
    public static String entry(long idx, long when, String tag) {
        return "{\"idx\":" + idx + ",\"version\":\"7\",\"when\":" + when + ",\"tag\":\"" + tag + "\",\"breakpoints\":true}";
    }

    /** Writes {@code dir/meta/_journal.json} holding these entries. */
    public static void write(Path dir, List<String> entries) {
        try {
            Files.createDirectories(dir.resolve("meta"));
            Files.writeString(dir.resolve("meta/_journal.json"),
                    "{\"version\":\"7\",\"dialect\":\"postgresql\",\"entries\":[" + String.join(",", entries) + "]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
