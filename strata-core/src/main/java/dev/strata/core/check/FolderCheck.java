package dev.strata.core.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a migrations folder without a database and reports every problem it finds (where
 * {@code MigrationFolder.read} stops at the first): journal, files, names, snapshot chain.
 */
public final class FolderCheck {
    private FolderCheck() {
    }

    public static List<Diagnostic> check(Path dir) {
        List<Diagnostic> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            out.add(Diagnostic.error("folder.not-found", dir, "is not a folder", "pass the migrations folder with --dir"));
            return out;
        }
        try {
            RawJournal journal = RawJournal.read(dir, out);
            if (!journal.exists() && Files.isDirectory(dir.resolve("meta"))) {
                out.add(Diagnostic.error("folder.missing-journal", journal.file(), "does not exist but meta/ does",
                        "restore meta/_journal.json from version control"));
            }
            JournalRules.check(dir, journal, out);
            FileRules.check(dir, journal, out);
            SnapshotRules.check(dir, journal, out);
        } catch (IOException e) {
            out.add(Diagnostic.error("folder.unreadable", dir, "cannot be read: " + e.getMessage(), "check its permissions"));
        }
        out.sort(Comparator.comparing(Diagnostic::severity));
        return List.copyOf(out);
    }
}
