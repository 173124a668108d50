package dev.strata.core.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rules over {@code meta/*_snapshot.json}: versions, the id/prevId chain, branch collisions (drizzle-kit check). */
final class SnapshotRules {
    private static final String ZERO = "00000000-0000-0000-0000-000000000000";

    private SnapshotRules() {
    }

    private record Snap(Path file, String id, String prevId) {
    }

    static void check(Path dir, RawJournal journal, List<Diagnostic> out) throws IOException {
        Path meta = dir.resolve("meta");
        if (!Files.isDirectory(meta)) {
            return;
        }
        List<Snap> snaps = read(meta, out);
        Map<String, Snap> byId = new HashMap<>();
        snaps.forEach(s -> byId.putIfAbsent(s.id(), s));
        Map<String, List<Snap>> byParent = new LinkedHashMap<>();
        for (Snap s : snaps) {
            if (s.prevId().isEmpty() || s.prevId().equals(ZERO)) {
                continue;
            }
            byParent.computeIfAbsent(s.prevId(), k -> new ArrayList<>()).add(s);
            if (!byId.containsKey(s.prevId())) {
                out.add(Diagnostic.error("snapshot.broken-chain", s.file(), "prevId " + s.prevId() + " matches no snapshot",
                        "restore the parent snapshot, or point prevId at the previous snapshot's id"));
            }
        }
        byParent.forEach((parent, children) -> {
            if (children.size() > 1) {
                out.add(Diagnostic.error("snapshot.collision", children.get(1).file(), children.stream()
                        .map(c -> c.file().getFileName().toString()).collect(Collectors.joining(" and "))
                        + " were both generated from " + byId.get(parent).file().getFileName() + " (branches merged)",
                        "renumber the later migration after the other and set its snapshot's prevId to the other's id"));
            }
        });
        for (RawJournal.Entry e : journal.entries()) {
            String prefix = e.tag().contains("_") ? e.tag().substring(0, e.tag().indexOf('_')) : e.tag();
            if (!Files.exists(meta.resolve(prefix + "_snapshot.json"))) {
                out.add(Diagnostic.warning("snapshot.missing", journal.file(), "\"" + e.tag() + "\" has no meta/" + prefix
                        + "_snapshot.json", "restore it: the next drizzle-kit generate diffs against the last snapshot"));
            }
        }
    }

    private static List<Snap> read(Path meta, List<Diagnostic> out) throws IOException {
        List<Snap> snaps = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(meta)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList()) {
                try {
                    JsonNode root = json.readTree(Files.readString(f));
                    if (!"7".equals(root.path("version").asText())) {
                        out.add(Diagnostic.error("snapshot.version", f, "is snapshot version " + root.path("version").asText("?")
                                + ", not 7", "run drizzle-kit up to rewrite old snapshots"));
                    }
                    snaps.add(new Snap(f, root.path("id").asText(""), root.path("prevId").asText("")));
                } catch (IOException e) {
                    out.add(Diagnostic.error("snapshot.malformed", f, "is not valid JSON: " + e.getMessage(), "restore it from version control"));
                }
            }
        }
        return snaps;
    }
}
