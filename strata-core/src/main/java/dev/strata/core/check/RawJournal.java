package dev.strata.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal read leniently: unlike {@code MigrationFolder.read}, which stops at the first
 * defect, this keeps every entry it can make sense of so that all defects can be reported.
 *
 * @param file    {@code meta/_journal.json}
 * @param exists  whether the file exists
 * @param entries the entries with a tag, in file order
 */
record RawJournal(Path file, boolean exists, List<Entry> entries) {

    /**
     * One entry; {@code idx} and {@code when} are null when absent or not numbers.
     *
     * @param position 0-based position in the array
     * @param idx      the entry's idx
     * @param when     the entry's when
     * @param tag      the entry's tag
     */
    record Entry(int position, Long idx, Long when, String tag) {
    }

    static RawJournal read(Path dir, List<Diagnostic> out) {
        Path file = dir.resolve("meta").resolve("_journal.json");
        if (!Files.exists(file)) {
            return new RawJournal(file, false, List.of());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            out.add(new Diagnostic("journal.broken-json", Severity.ERROR, file, line, "is not valid JSON: " + e.getOriginalMessage(),
                    "fix the JSON (a merge conflict marker is the usual cause) or restore it from version control"));
            return new RawJournal(file, true, List.of());
        } catch (IOException e) {
            out.add(Diagnostic.error("journal.unreadable", file, "cannot be read: " + e.getMessage(), "check its permissions"));
            return new RawJournal(file, true, List.of());
        }
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (JsonNode node : root.path("entries")) {
            String tag = node.path("tag").asText("");
            if (tag.isBlank()) {
                out.add(Diagnostic.error("journal.malformed", file, "entry " + position + " has no tag",
                        "add the tag: the migration's file name without .sql"));
            } else {
                entries.add(new Entry(position, number(node.get("idx")), number(node.get("when")), tag));
            }
            position++;
        }
        return new RawJournal(file, true, entries);
    }

    private static Long number(JsonNode node) {
        return node != null && node.isIntegralNumber() ? node.asLong() : null;
    }
}
