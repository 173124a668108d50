package dev.strata.core.apply;

import dev.strata.testing.JournalFiles;

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
        entries.add(JournalFiles.entry(entries.size(), when, tag));
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
        JournalFiles.write(dir, entries);
    }
}
