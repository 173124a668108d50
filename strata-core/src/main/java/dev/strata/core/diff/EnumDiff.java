package dev.strata.core.diff;

import dev.strata.core.model.EnumType;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;

import java.util.ArrayList;
import java.util.List;

/** An enum present before and after: labels added ({@code ADD VALUE}) or removed/reordered (the recipe). */
final class EnumDiff {
    private EnumDiff() {
    }

    static void diff(EnumType a, EnumType b, Schema from, Schema to, List<Change> out) {
        if (a.values().equals(b.values())) {
            return;
        }
        List<Change.EnumColumn> now = columns(b.name(), from, to);
        List<Change.EnumColumn> undo = columns(b.name(), to, from);
        if (!isSubsequence(a.values(), b.values())) {
            out.add(new Change.DropEnumValue(b.name(), a.values(), b.values(), now, undo));
            return;
        }
        List<String> current = new ArrayList<>(a.values());
        for (int i = 0; i < b.values().size(); i++) {
            String value = b.values().get(i);
            if (a.values().contains(value)) {
                continue;
            }
            String before = b.values().subList(i + 1, b.values().size()).stream()
                    .filter(a.values()::contains).findFirst().orElse(null);
            out.add(new Change.AddEnumValue(b.name(), value, before, current, undo));
            current.add(before == null ? current.size() : current.indexOf(before), value);
        }
    }

    /** True when {@code small} is {@code big} with some labels taken out (order kept). */
    static boolean isSubsequence(List<String> small, List<String> big) {
        int i = 0;
        for (String v : big) {
            if (i < small.size() && small.get(i).equals(v)) {
                i++;
            }
        }
        return i == small.size();
    }

    /**
     * The columns using the type when a recipe on the way from {@code from} to {@code to} runs: tables are created
     * and dropped before it, columns added, dropped and altered after it. So: the tables of {@code to}, each with
     * its columns as {@code from} has them when it has the table.
     */
    private static List<Change.EnumColumn> columns(QualifiedName type, Schema from, Schema to) {
        List<Change.EnumColumn> out = new ArrayList<>();
        for (Table t : to.tables()) {
            Table current = from.table(t.name()).orElse(t);
            current.columns().stream()
                    .filter(c -> type.equals(c.type().userType()))
                    .forEach(c -> out.add(new Change.EnumColumn(t.name(), c)));
        }
        return out;
    }
}
