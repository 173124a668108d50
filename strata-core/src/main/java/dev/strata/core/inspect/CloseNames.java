package dev.strata.core.inspect;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** Picks the names a mistyped one most likely meant: few edits away, or one containing the other. */
final class CloseNames {
    private static final int MAX = 5;

    private CloseNames() {
    }

    /**
     * Up to five of {@code candidates} close to {@code wanted}, closest first, without regard to case.
     * An unqualified {@code wanted} is compared with the candidates' names; a qualified one with the
     * qualified names, or with the names alone when only the schema differs.
     */
    static List<String> toTable(String wanted, List<TableName> candidates) {
        String w = lower(wanted);
        int dot = w.indexOf('.');
        ToIntFunction<TableName> score = dot < 0
                ? c -> score(w, lower(c.name()))
                : c -> Math.min(score(w, lower(c.toString())), score(w.substring(dot + 1), lower(c.name())) + 1);
        return closest(w, candidates, score);
    }

    /** Up to five of {@code candidates} close to {@code wanted}, closest first, without regard to case. */
    static List<String> to(String wanted, List<String> candidates) {
        String w = lower(wanted);
        return closest(w, candidates, c -> score(w, lower(c)));
    }

    private static <T> List<String> closest(String wanted, List<T> candidates, ToIntFunction<T> score) {
        record Scored(String name, int distance) {
        }
        int threshold = threshold(wanted);
        return candidates.stream()
                .map(c -> new Scored(c.toString(), score.applyAsInt(c)))
                .filter(s -> s.distance() <= threshold)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX)
                .map(Scored::name)
                .toList();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static int threshold(String wanted) {
        return Math.max(2, wanted.length() / 3);
    }

    /** Edit distance, except that a name containing the other (at least three letters of it) counts as close. */
    private static int score(String wanted, String candidate) {
        int distance = distance(wanted, candidate);
        if (wanted.length() >= 3 && candidate.length() >= 3 && (candidate.contains(wanted) || wanted.contains(candidate))) {
            return Math.min(distance, threshold(wanted));
        }
        return distance;
    }

    /** Levenshtein distance, two rows of memory. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
