package dev.strata.core.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a Drizzle-layout migrations folder in a temp dir: journal entries with their files, manual files. */
final class FolderFixture {
    private final Path dir;
    private final List<String> entries = new ArrayList<>();

    FolderFixture(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Adds a journal migration; {@code when} is 1000 × (position + 1). */
    FolderFixture journal(String tag, String sql) {
        return journal(tag, 1000L * (entries.size() + 1), sql);
    }

    FolderFixture journal(String tag, long when, String sql) {
        entries.add("{\"idx\":" + entries.size() + ",\"version\":\"7\",\"when\":" + when + ",\"tag\":\"" + tag
                + "\",\"breakpoints\":true}");
        write(tag + ".sql", sql);
        writeJournal();
        return this;
    }

    FolderFixture manual(String fileName, String sql) {
        write(fileName, sql);
        return this;
    }

    FolderFixture write(String fileName, String text) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void writeJournal() {
        try {
            Files.createDirectories(dir.resolve("meta"));
            Files.writeString(dir.resolve("meta/_journal.json"),
                    "{\"version\":\"7\",\"dialect\":\"postgresql\",\"entries\":[" + String.join(",", entries) + "]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
