package dev.strata.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.folder.Journal;
import dev.strata.core.folder.JournalEntry;
import dev.strata.core.folder.JournalWriter;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.TagNumbers;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code strata rebase}: after a merge, gives the journal's entries increasing numbers, idx and
 * {@code when} again (the later of two {@code 0061_*} becomes {@code 0062_*}, with its file, down file
 * and snapshot), and re-links the snapshot chain (each {@code prevId} = the previous snapshot's id).
 * A renumbered migration whose snapshot file the other branch also wrote gets a copy of the previous
 * snapshot (as {@code generate --custom} does); it and every snapshot re-linked to another parent are
 * {@linkplain Outcome#stale() stale}: their content may miss the merged change until regenerated.
 */
final class Rebase {
    private final Path dir;
    private final List<String> actions = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    private final FileWrites files = new FileWrites("rebase");

    private Rebase(Path dir) {
        this.dir = dir;
    }

    /** The entries whose tag or {@code when} the rebase changes (what must not be applied anywhere yet). */
    record Change(JournalEntry before, JournalEntry after) {
        boolean renamed() {
            return !before.tag().equals(after.tag());
        }
    }

    static List<JournalEntry> readEntries(Path dir) {
        Path file = dir.resolve("meta/_journal.json");
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<JournalEntry> out = new ArrayList<>();
            for (JsonNode e : root.path("entries")) {
                out.add(new JournalEntry(e.path("idx").asInt(), e.path("version").asText("7"), e.path("when").asLong(),
                        e.path("tag").asText(), e.path("breakpoints").asBoolean(true)));
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            throw new StrataException.Input(new Problem("rebase.bad-journal", file, 0, null, null,
                    "cannot read " + file + ": " + e.getMessage(), null, "resolve the merge conflict in the journal first", null));
        }
    }

    /**
     * Entries in journal order with increasing numbers, idx = position and increasing {@code when};
     * numbers of numbered manual files ({@code reserved}) are never given to a journal migration.
     */
    static List<Change> plan(List<JournalEntry> entries, java.util.Set<Integer> reserved) {
        List<Change> out = new ArrayList<>();
        int previousNumber = -1;
        long previousWhen = 0;
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            int number = TagNumbers.orMinusOne(e.tag());
            int newNumber = number > previousNumber ? number : previousNumber + 1;
            while (newNumber != number && reserved.contains(newNumber)) {
                newNumber++;
            }
            String tag = number == newNumber ? e.tag() : String.format("%04d", newNumber) + e.tag().substring(TagNumbers.length(e.tag()));
            long when = e.when() > previousWhen ? e.when() : previousWhen + 1;
            out.add(new Change(e, new JournalEntry(i, e.version(), when, tag, e.breakpoints())));
            previousNumber = newNumber;
            previousWhen = when;
        }
        return out;
    }

    /** Numbers of the folder's numbered {@code .sql} files that the journal does not list (manual migrations). */
    static java.util.Set<Integer> manualNumbers(Path dir, List<JournalEntry> entries) {
        java.util.Set<String> journaled = new java.util.HashSet<>();
        entries.forEach(e -> journaled.add(e.tag() + ".sql"));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql") && !n.endsWith(Migration.DOWN_SUFFIX) && !journaled.contains(n) && TagNumbers.length(n) > 0)
                    .map(TagNumbers::orMinusOne).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new StrataException.Input(Problem.of("rebase.unreadable", "cannot list " + dir + ": " + e.getMessage(),
                    "check the folder's permissions"));
        }
    }

    /**
     * What the rebase did.
     *
     * @param stale tags (after the rebase) whose snapshot content may miss the other branch's change
     */
    record Outcome(RebaseResult result, List<String> stale) {
        Outcome {
            stale = List.copyOf(stale);
        }
    }

    static Outcome apply(Path dir, List<Change> plan, boolean dryRun) {
        Rebase r = new Rebase(dir);
        r.renameFiles(plan, dryRun);
        r.relinkSnapshots(plan, dryRun);
        List<JournalEntry> before = plan.stream().map(Change::before).toList();
        List<JournalEntry> after = plan.stream().map(Change::after).toList();
        if (!before.equals(after)) {
            for (Change c : plan) {
                if (!c.before().equals(c.after())) {
                    r.actions.add("journal: " + c.before().tag() + " -> idx " + c.after().idx() + ", when " + c.after().when()
                            + ", tag " + c.after().tag());
                }
            }
            if (!dryRun) {
                r.write(dir.resolve("meta/_journal.json"), JournalWriter.write(new Journal("7", "postgresql", after)));
            }
        }
        return new Outcome(new RebaseResult(r.actions, List.of()), r.stale);
    }

    private void renameFiles(List<Change> plan, boolean dryRun) {
        for (Change c : plan.stream().filter(Change::renamed).toList()) {
            move(c.before().tag() + ".sql", c.after().tag() + ".sql", dryRun);
            if (Files.exists(dir.resolve(c.before().tag() + Migration.DOWN_SUFFIX))) {
                move(c.before().tag() + Migration.DOWN_SUFFIX, c.after().tag() + Migration.DOWN_SUFFIX, dryRun);
            }
        }
    }

    /**
     * Each entry's snapshot ({@code meta/<number>_snapshot.json}) linked to the one before it. All
     * snapshots are read before any is written, since a renumbered one may take another's file name.
     */
    private void relinkSnapshots(List<Change> plan, boolean dryRun) {
        Map<Path, Snapshot> existing = new LinkedHashMap<>();
        for (Change c : plan) {
            Path old = snapshotOf(c.before().tag());
            if (Files.exists(old)) {
                existing.putIfAbsent(old, SnapshotJson.read(old));
            }
        }
        Map<Path, Snapshot> result = new LinkedHashMap<>();
        Snapshot previous = null;
        for (Change c : plan) {
            Snapshot own = ownSnapshot(plan, c, existing, previous);
            if (own == null) {
                continue;
            }
            Snapshot linked = previous == null ? own : own.withIds(own.id(), previous.id());
            if (!c.renamed() && !linked.prevId().equals(own.prevId()) && !own.prevId().isEmpty()) {
                stale.add(c.after().tag());
            }
            result.put(snapshotOf(c.after().tag()), linked);
            previous = linked;
        }
        for (Map.Entry<Path, Snapshot> e : result.entrySet()) {
            if (!e.getValue().equals(existing.get(e.getKey()))) {
                actions.add(e.getKey().getFileName() + ": id " + e.getValue().id() + ", prevId -> " + e.getValue().prevId());
                if (!dryRun) {
                    write(e.getKey(), SnapshotJson.write(e.getValue()));
                }
            }
        }
        for (Path old : existing.keySet()) {
            if (!result.containsKey(old)) {
                actions.add("delete " + old.getFileName() + " (moved)");
                if (!dryRun) {
                    delete(old);
                }
            }
        }
    }

    private Snapshot ownSnapshot(List<Change> plan, Change c, Map<Path, Snapshot> existing, Snapshot previous) {
        Snapshot old = existing.get(snapshotOf(c.before().tag()));
        if (!c.renamed() || (old != null && !sharedPrefix(plan, c))) {
            return old;
        }
        if (previous == null) {
            return null;
        }
        stale.add(c.after().tag());
        // Derived, not random: the same rebase run twice (scratch copy, then the real folder) gives the same chain.
        String id = UUID.nameUUIDFromBytes((previous.id() + "/" + c.after().tag()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return previous.withIds(id, previous.id());
    }

    /** Whether another entry that keeps its number owns the same snapshot file as {@code c} did. */
    private static boolean sharedPrefix(List<Change> plan, Change c) {
        int number = TagNumbers.orMinusOne(c.before().tag());
        Predicate<Change> keepsIt = o -> o != c && !o.renamed() && TagNumbers.orMinusOne(o.after().tag()) == number;
        return plan.stream().anyMatch(keepsIt);
    }

    private Path snapshotOf(String tag) {
        return dir.resolve("meta").resolve(tag.substring(0, TagNumbers.length(tag)) + "_snapshot.json");
    }

    private void move(String from, String to, boolean dryRun) {
        actions.add("rename " + from + " -> " + to);
        if (dryRun) {
            return;
        }
        try {
            Files.move(dir.resolve(from), dir.resolve(to));
        } catch (IOException e) {
            throw failure(dir.resolve(from), e);
        }
    }

    private void write(Path file, String text) {
        files.write(file, text);
    }

    private void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private StrataException failure(Path file, IOException e) {
        return new StrataException.Input(new Problem("rebase.write-failed", file, 0, null, null, e.getMessage(), null,
                "check the folder's permissions; done so far: " + actions, null));
    }

}
