package dev.strata.core.folder;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and validates {@code meta/_journal.json}; every defect is an error naming the file and the fix. */
final class JournalReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalReader() {
    }

    static Journal read(Path file) {
        JsonNode root = parse(file);
        if (!root.isObject() || !root.path("entries").isArray()) {
            throw bad(file, 1, "journal.malformed", "has no \"entries\" array",
                    "restore meta/_journal.json from version control; drizzle-kit writes {\"version\":\"7\",\"dialect\":\"postgresql\",\"entries\":[...]}");
        }
        String dialect = root.path("dialect").asText("postgresql");
        if (!dialect.equals("postgresql")) {
            throw bad(file, 1, "journal.dialect", "is for dialect \"" + dialect + "\", not postgresql",
                    "point --dir at a PostgreSQL migrations folder");
        }
        List<JournalEntry> entries = new ArrayList<>();
        Map<Integer, String> tagByIdx = new HashMap<>();
        Map<String, Integer> positionByTag = new HashMap<>();
        int position = 0;
        for (JsonNode node : root.path("entries")) {
            JournalEntry entry = entry(file, node, position);
            String other = tagByIdx.putIfAbsent(entry.idx(), entry.tag());
            if (other != null) {
                throw bad(file, 0, "journal.duplicate-idx", "entries \"" + other + "\" and \"" + entry.tag()
                        + "\" both have idx " + entry.idx(),
                        "give each entry its own idx (0, 1, 2... in journal order): renumber the later one's idx, tag, file and snapshot");
            }
            if (positionByTag.putIfAbsent(entry.tag(), position) != null) {
                throw bad(file, 0, "journal.duplicate-tag", "tag \"" + entry.tag() + "\" is listed twice (entries "
                        + positionByTag.get(entry.tag()) + " and " + position + ")",
                        "remove the repeated entry; each migration file is listed once");
            }
            entries.add(entry);
            position++;
        }
        return new Journal(root.path("version").asText("7"), dialect, entries);
    }

    private static JsonNode parse(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            throw new StrataException.Input(Problem.inFile("journal.broken-json", file, line,
                    "is not valid JSON: " + e.getOriginalMessage(),
                    "fix the JSON at that line (a merge conflict marker or a missing comma is the usual cause), "
                            + "or restore the file from version control"), e);
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("journal.unreadable", file, 0,
                    "cannot be read: " + e.getMessage(), "check the file's permissions"), e);
        }
    }

    private static JournalEntry entry(Path file, JsonNode node, int position) {
        String where = "entry " + position;
        if (!node.isObject()) {
            throw bad(file, 0, "journal.malformed", where + " is not an object", "restore the journal from version control");
        }
        JsonNode tag = node.get("tag");
        JsonNode when = node.get("when");
        JsonNode idx = node.get("idx");
        if (tag == null || !tag.isTextual() || tag.asText().isBlank()) {
            throw bad(file, 0, "journal.malformed", where + " has no \"tag\"",
                    "add the tag: the migration's file name without .sql");
        }
        where = where + " (\"" + tag.asText() + "\")";
        if (when == null || !when.isIntegralNumber()) {
            throw bad(file, 0, "journal.malformed", where + " has no numeric \"when\"",
                    "add \"when\": the generation time in epoch milliseconds; it is stored as created_at");
        }
        if (idx == null || !idx.isIntegralNumber()) {
            throw bad(file, 0, "journal.malformed", where + " has no numeric \"idx\"", "add \"idx\": its position, 0 for the first");
        }
        String tagText = tag.asText();
        if (tagText.contains("/") || tagText.contains("\\") || tagText.equals("..") || tagText.equals(".")) {
            throw bad(file, 0, "journal.malformed", where + " has a tag that is a path", "a tag is a file name without .sql");
        }
        return new JournalEntry(idx.asInt(), node.path("version").asText("7"), when.asLong(), tagText,
                node.path("breakpoints").asBoolean(true));
    }

    private static StrataException bad(Path file, int line, String code, String message, String fix) {
        return new StrataException.Input(Problem.inFile(code, file, line, message, fix));
    }
}
