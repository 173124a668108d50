package dev.strata.core.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules over the journal's entries: idx sequence and duplicates, tags, files, {@code when} order. */
final class JournalRules {
    private JournalRules() {
    }

    static void check(Path dir, RawJournal journal, List<Diagnostic> out) {
        Map<Long, String> tagByIdx = new HashMap<>();
        Map<String, Integer> seenTags = new HashMap<>();
        Long lastWhen = null;
        String lastTag = null;
        for (RawJournal.Entry e : journal.entries()) {
            Path f = journal.file();
            if (e.idx() == null || e.when() == null) {
                out.add(Diagnostic.error("journal.malformed", f, "entry \"" + e.tag() + "\" lacks a numeric "
                        + (e.idx() == null ? "idx" : "when"), "restore the entry as drizzle-kit wrote it"));
            }
            if (e.idx() != null) {
                String other = tagByIdx.putIfAbsent(e.idx(), e.tag());
                if (other != null) {
                    out.add(Diagnostic.error("journal.duplicate-idx", f, "\"" + other + "\" and \"" + e.tag() + "\" both have idx "
                            + e.idx(), "renumber the later one: its idx, tag, file name and snapshot file"));
                } else if (e.idx() != e.position()) {
                    out.add(Diagnostic.warning("numbering.gap", f, "\"" + e.tag() + "\" has idx " + e.idx() + " at position "
                            + e.position(), "idx should count 0, 1, 2... in journal order"));
                }
            }
            if (seenTags.putIfAbsent(e.tag(), e.position()) != null) {
                out.add(Diagnostic.error("journal.duplicate-tag", f, "\"" + e.tag() + "\" is listed twice", "remove the repeated entry"));
            }
            if (!Files.isRegularFile(dir.resolve(e.tag() + ".sql"))) {
                out.add(Diagnostic.error("journal.missing-file", f, "lists \"" + e.tag() + "\" but " + e.tag() + ".sql does not exist",
                        "restore the file, or remove the entry if the migration was never applied anywhere"));
            }
            if (e.when() != null && lastWhen != null && e.when() <= lastWhen) {
                out.add(Diagnostic.warning("journal.when-order", f, "\"" + e.tag() + "\" has when " + e.when() + ", not after \""
                        + lastTag + "\" (" + lastWhen + "): drizzle-orm's migrator skips it on databases that have the later one",
                        "give it a when above its predecessor's (strata applies it either way)"));
            }
            if (e.when() != null) {
                lastWhen = e.when();
                lastTag = e.tag();
            }
        }
    }
}
