package dev.strata.core.folder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where manual migrations (files the journal does not list) go among the journal's migrations.
 * The rule, documented in the README:
 * <ol>
 * <li>Journal migrations keep the journal's order.</li>
 * <li>A manual file whose name starts with a number N (e.g. {@code 0012_fix_owner.sql}) runs right
 * after the journal migration with the highest number not above N; before all of them when every
 * journal number is above N.</li>
 * <li>Manual files without a leading number run after everything else.</li>
 * <li>Manual files in the same place run in file-name order (Unicode code points).</li>
 * </ol>
 */
final class ManualOrder {

    private ManualOrder() {
    }

    static List<Migration> merge(List<Migration> journal, List<Migration> manual) {
        List<Migration> sortedManual = new ArrayList<>(manual);
        sortedManual.sort(Comparator.comparing(Migration::name));
        List<List<Migration>> after = new ArrayList<>();
        for (int i = 0; i <= journal.size(); i++) {
            after.add(new ArrayList<>());
        }
        List<Migration> atEnd = new ArrayList<>();
        for (Migration m : sortedManual) {
            OptionalLong n = TagNumbers.of(m.name());
            if (n.isEmpty()) {
                atEnd.add(m);
            } else {
                after.get(slot(journal, n.getAsLong())).add(m);
            }
        }
        List<Migration> ordered = new ArrayList<>(after.get(0));
        for (int i = 0; i < journal.size(); i++) {
            ordered.add(journal.get(i));
            ordered.addAll(after.get(i + 1));
        }
        ordered.addAll(atEnd);
        return ordered;
    }

    /** 0 = before every journal migration; i = right after the i-th (1-based). */
    private static int slot(List<Migration> journal, long n) {
        int best = 0;
        long bestNumber = Long.MIN_VALUE;
        for (int i = 0; i < journal.size(); i++) {
            OptionalLong number = TagNumbers.of(journal.get(i).name());
            if (number.isPresent() && number.getAsLong() <= n && number.getAsLong() >= bestNumber) {
                bestNumber = number.getAsLong();
                best = i + 1;
            }
        }
        return best;
    }

}
