package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes drizzle-kit's {@code meta/NNNN_snapshot.json}, version 7. {@code write(read(file))} gives back the
 * file's exact bytes: key order is kept per object and the text is laid out as {@code JSON.stringify(s, null, 2)}
 * (no trailing newline).
 */
public final class SnapshotJson {
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build()
            .reader();
    /** Reads one value of an object being streamed: more of the object follows it. */
    private static final ObjectReader VALUE = JSON.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SnapshotJson() {
    }

    /** Reads a snapshot file (UTF-8). */
    public static Snapshot read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new StrataException.Input(Problem.inFile("snapshot.not-found", file, 0, "does not exist",
                    "check the migrations folder's meta/ directory"), e);
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("snapshot.unreadable", file, 0,
                    "cannot be read: " + e.getMessage(), "check the file's permissions and encoding"), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses snapshot text.
     *
     * @param sourceName the file name used in error messages
     * @throws StrataException.Input for broken JSON, a wrong shape, another version or dialect
     */
    public static Snapshot parse(String json, String sourceName) {
        Path file = Path.of(sourceName);
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                Streamed top = streamed(parser, file);
                if (parser.nextToken() == null) {
                    return SnapshotReader.snapshot(new Fields(top.node(), "", file), top.tables());
                }
            }
        } catch (JsonProcessingException e) {
            throw brokenJson(e, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parseWhole(json, file);
    }

    /** The top-level object read key by key, with its tables when they could be read entry by entry. */
    private record Streamed(ObjectNode node, Map<String, SnapshotTable> tables) {
    }

    /**
     * Reads the top-level object. Once version and dialect are known good (drizzle-kit writes them before
     * {@code tables}), each table is made into its record as soon as it is parsed, so the parse tree of a
     * 5,000-table snapshot never exists whole: that tree was most of the time and memory of reading one.
     */
    private static Streamed streamed(JsonParser parser, Path file) throws IOException {
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        Map<String, SnapshotTable> tables = null;
        boolean checked = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("tables") && value == JsonToken.START_OBJECT && checked) {
                top.putObject("tables"); // keeps its place in the key order
                tables = tables(parser, new Fields(top, "", file));
            } else {
                top.set(key, VALUE.readTree(parser));
            }
            if (!checked && top.has("version") && top.has("dialect")) {
                checkVersion(top, file);
                checked = true;
            }
        }
        if (!checked) {
            checkVersion(top, file);
        }
        return new Streamed(top, tables);
    }

    private static Map<String, SnapshotTable> tables(JsonParser parser, Fields top) throws IOException {
        Map<String, SnapshotTable> tables = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            JsonNode entry = VALUE.readTree(parser);
            String where = "tables[\"" + name + "\"]";
            if (!(entry instanceof ObjectNode table)) {
                throw top.fail(where, "expected an object");
            }
            tables.put(name, SnapshotReader.table(new Fields(table, where, top.file())));
        }
        return tables;
    }

    /** The whole text as one tree: for what is not a well-formed object, so its error is reported as before. */
    private static Snapshot parseWhole(String json, Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw brokenJson(e, file);
        }
        if (root == null || root.isMissingNode()) {
            throw new StrataException.Input(Problem.inFile("snapshot.broken-json", file, 0, "is empty", Fields.FIX));
        }
        if (!(root instanceof ObjectNode top)) {
            throw new StrataException.Input(Problem.inFile("snapshot.bad-shape", file, 0,
                    "is not a drizzle-kit snapshot: expected a JSON object", Fields.FIX));
        }
        checkVersion(top, file);
        return SnapshotReader.snapshot(new Fields(top, "", file), null);
    }

    private static StrataException brokenJson(JsonProcessingException e, Path file) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new StrataException.Input(Problem.inFile("snapshot.broken-json", file, Math.max(line, 0),
                "is not valid JSON" + where + ": " + e.getOriginalMessage(), Fields.FIX), e);
    }

    /** The snapshot as drizzle-kit writes it. */
    public static String write(Snapshot snapshot) {
        return JsonText.write(SnapshotWriter.snapshot(snapshot));
    }

    private static void checkVersion(ObjectNode top, Path file) {
        JsonNode version = top.get("version");
        if (version == null || !version.isValueNode()) {
            throw new StrataException.Input(Problem.inFile("snapshot.bad-shape", file, 0,
                    "is not a drizzle-kit snapshot: missing required key \"version\"", Fields.FIX));
        }
        String v = version.asText();
        if (!v.equals("7") || !version.isTextual()) {
            throw new StrataException.Input(versionProblem(v, file));
        }
        String dialect = top.path("dialect").asText();
        if (!dialect.equals("postgresql")) {
            throw new StrataException.Input(Problem.inFile("snapshot.not-postgresql", file, 0,
                    "is a snapshot for dialect \"" + dialect + "\", not postgresql",
                    "point Strata at the PostgreSQL migrations folder"));
        }
    }

    private static Problem versionProblem(String version, Path file) {
        int n;
        try {
            n = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n > 7) {
            return Problem.inFile("snapshot.newer-version", file, 0, "is a version " + version
                    + " snapshot, written by a newer drizzle-kit; Strata reads version 7",
                    "use a drizzle-kit release that writes version 7 snapshots, or a Strata release that reads version "
                            + version);
        }
        if (n >= 0 && n < 7) {
            return Problem.inFile("snapshot.old-version", file, 0, "is a version " + version
                    + " snapshot; Strata reads version 7", "upgrade with `drizzle-kit up`, which rewrites it to version 7");
        }
        return Problem.inFile("snapshot.bad-version", file, 0, "has \"version\": " + version
                + ", expected the string \"7\"", Fields.FIX);
    }
}
