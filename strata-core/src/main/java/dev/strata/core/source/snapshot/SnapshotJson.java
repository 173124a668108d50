package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new StrataException.Input(Problem.inFile("snapshot.broken-json", file, Math.max(line, 0),
                    "is not valid JSON" + where + ": " + e.getOriginalMessage(), Fields.FIX), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new StrataException.Input(Problem.inFile("snapshot.broken-json", file, 0, "is empty", Fields.FIX));
        }
        if (!(root instanceof ObjectNode top)) {
            throw new StrataException.Input(Problem.inFile("snapshot.bad-shape", file, 0,
                    "is not a drizzle-kit snapshot: expected a JSON object", Fields.FIX));
        }
        checkVersion(top, file);
        return SnapshotReader.snapshot(new Fields(top, "", file));
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
