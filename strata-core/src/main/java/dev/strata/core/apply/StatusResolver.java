package dev.strata.core.apply;

import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides where each migration stands by <em>membership</em>, never by a high-water mark: a
 * journal migration is applied when drizzle's table has its row (matched by {@code created_at =
 * when}, confirmed by hash; or by hash alone when {@code when} changed); a manual migration is
 * applied when Strata's history says so. So a migration merged from another branch with an older
 * {@code when} is pending, not silently skipped as drizzle-orm does.
 */
public final class StatusResolver {
    private StatusResolver() {
    }

    public static StatusReport resolve(MigrationFolder folder, TrackingState state) {
        Map<String, HistoryRow> latest = new LinkedHashMap<>();
        for (HistoryRow row : state.history()) {
            latest.put(row.name(), row);
        }
        Set<Long> matchedRows = new HashSet<>();
        Map<Long, List<DrizzleRow>> byWhen = new HashMap<>();
        for (DrizzleRow row : state.drizzle()) {
            if (row.createdAt() != null) {
                byWhen.computeIfAbsent(row.createdAt(), k -> new ArrayList<>()).add(row);
            }
        }
        List<MigrationStatus> out = new ArrayList<>();
        List<Migration> unmatchedJournal = new ArrayList<>();
        for (Migration m : folder.migrations()) {
            if (m.kind() == Migration.Kind.JOURNAL) {
                DrizzleRow row = pick(byWhen.getOrDefault(m.entry().when(), List.of()), m, matchedRows);
                if (row == null) {
                    unmatchedJournal.add(m);
                } else {
                    matchedRows.add(row.id());
                }
            }
        }
        // Second pass: a journal entry whose `when` changed (renumbered by hand) still matches by hash.
        Map<String, DrizzleRow> byHash = new HashMap<>();
        for (DrizzleRow row : state.drizzle()) {
            if (!matchedRows.contains(row.id())) {
                byHash.putIfAbsent(row.hash(), row);
            }
        }
        Map<String, DrizzleRow> matchedByHash = new HashMap<>();
        for (Migration m : unmatchedJournal) {
            DrizzleRow row = byHash.remove(m.hash());
            if (row != null) {
                matchedRows.add(row.id());
                matchedByHash.put(m.name(), row);
            }
        }
        for (Migration m : folder.migrations()) {
            HistoryRow history = latest.get(m.name());
            if (m.kind() == Migration.Kind.JOURNAL) {
                out.add(journalStatus(m, byWhen.getOrDefault(m.entry().when(), List.of()), matchedByHash.get(m.name()), history));
            } else {
                out.add(manualStatus(m, history));
            }
        }
        out.addAll(missing(folder, state, matchedRows, latest));
        return new StatusReport(markOutOfOrder(out), state.exists());
    }

    private static DrizzleRow pick(List<DrizzleRow> candidates, Migration m, Set<Long> taken) {
        DrizzleRow fallback = null;
        String hash = m.hash();
        for (DrizzleRow row : candidates) {
            if (taken.contains(row.id())) {
                continue;
            }
            if (row.hash().equals(hash)) {
                return row;
            }
            if (fallback == null) {
                fallback = row;
            }
        }
        return fallback;
    }

    private static MigrationStatus journalStatus(Migration m, List<DrizzleRow> sameWhen, DrizzleRow byHash, HistoryRow history) {
        String hash = m.hash();
        DrizzleRow row = sameWhen.stream().filter(r -> r.hash().equals(hash)).findFirst()
                .orElse(sameWhen.isEmpty() ? byHash : sameWhen.get(0));
        if (row == null) {
            return notApplied(m, history);
        }
        String note = byHash != null && row == byHash ? "journal \"when\" changed since it was applied" : null;
        if (!row.hash().equals(m.hash())) {
            if (history != null && history.applied() && history.checksum().equals(m.checksum())) {
                return applied(m, history, "only line endings or BOM changed since it was applied");
            }
            return applied(m, history, "applied hash " + shortHash(row.hash()) + ", file now " + shortHash(m.hash()))
                    .withState(MigrationState.EDITED);
        }
        return applied(m, history != null && history.applied() ? history : null, note);
    }

    private static MigrationStatus manualStatus(Migration m, HistoryRow history) {
        if (history == null || !history.applied()) {
            return notApplied(m, history);
        }
        if (history.checksum().equals(m.checksum())) {
            return applied(m, history, history.hash().equals(m.hash()) ? null
                    : "only line endings or BOM changed since it was applied");
        }
        return applied(m, history, "applied checksum " + shortHash(history.checksum()) + ", file now "
                + shortHash(m.checksum())).withState(MigrationState.EDITED);
    }

    private static MigrationStatus notApplied(Migration m, HistoryRow history) {
        if (history != null && !history.applied()) {
            String note = "running".equals(history.status()) ? "interrupted" : "failed";
            boolean eachCommits = TransactionMode.NONE.label().equals(history.mode());
            if (eachCommits && history.statementsDone() > 0) {
                note += " after " + history.statementsDone() + " of " + history.statementsTotal() + " statements were committed";
            } else if (!eachCommits && history.mode() != null) {
                note += " and was rolled back";
            }
            if (history.error() != null) {
                note += ": " + history.error();
            }
            return new MigrationStatus(m.name(), m.kind(), MigrationState.FAILED, m.file(), history.appliedAt(),
                    history.durationMs(), history.appliedBy(), history.mode(), note);
        }
        return new MigrationStatus(m.name(), m.kind(), MigrationState.PENDING, m.file(), null, null, null, null, null);
    }

    private static MigrationStatus applied(Migration m, HistoryRow history, String note) {
        return new MigrationStatus(m.name(), m.kind(), MigrationState.APPLIED, m.file(),
                history == null ? null : history.appliedAt(), history == null ? null : history.durationMs(),
                history == null ? null : history.appliedBy(), history == null ? null : history.mode(), note);
    }

    private static List<MigrationStatus> missing(MigrationFolder folder, TrackingState state, Set<Long> matched,
                                                 Map<String, HistoryRow> latest) {
        List<MigrationStatus> out = new ArrayList<>();
        for (DrizzleRow row : state.drizzle()) {
            if (matched.contains(row.id())) {
                continue;
            }
            HistoryRow named = latest.values().stream()
                    .filter(h -> h.applied() && h.hash().equals(row.hash()) && java.util.Objects.equals(h.createdAt(), row.createdAt()))
                    .findFirst().orElse(null);
            String name = named != null ? named.name() : "created_at=" + row.createdAt() + " hash=" + shortHash(row.hash());
            String note = row.createdAt() == null
                    ? "row with NULL created_at: drizzle-orm's migrator re-runs every migration while it exists" : null;
            out.add(new MigrationStatus(name, Migration.Kind.JOURNAL, MigrationState.MISSING, null,
                    named == null ? null : named.appliedAt(), named == null ? null : named.durationMs(),
                    named == null ? null : named.appliedBy(), named == null ? null : named.mode(), note));
        }
        for (HistoryRow h : latest.values()) {
            if ("manual".equals(h.kind()) && h.applied() && folder.find(h.name()).isEmpty()) {
                out.add(new MigrationStatus(h.name(), Migration.Kind.MANUAL, MigrationState.MISSING, null, h.appliedAt(),
                        h.durationMs(), h.appliedBy(), h.mode(), null));
            }
        }
        return out;
    }

    /** A pending migration that comes before an applied one will run out of order: say so. */
    private static List<MigrationStatus> markOutOfOrder(List<MigrationStatus> rows) {
        int lastApplied = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).file() != null && rows.get(i).state() == MigrationState.APPLIED) {
                lastApplied = i;
            }
        }
        List<MigrationStatus> out = new ArrayList<>(rows);
        for (int i = 0; i < lastApplied; i++) {
            MigrationStatus s = out.get(i);
            if (s.state() == MigrationState.PENDING) {
                out.set(i, s.withNote("out of order: a later migration is already applied"));
            }
        }
        return out;
    }

    private static String shortHash(String hash) {
        return hash == null ? "null" : hash.substring(0, Math.min(12, hash.length()));
    }
}
