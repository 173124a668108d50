package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A table present before and after (under the same name once renames are applied). */
final class TableDiff {
    private final Table a;
    private final Table b;
    private final QualifiedName name;
    private final List<Change> out;

    private TableDiff(Table a, Table b, List<Change> out) {
        this.a = a;
        this.b = b;
        this.name = b.name();
        this.out = out;
    }

    /** Appends the changes from {@code a} to {@code b}; serial columns per side decide default comparisons. */
    static void diff(Table a, Table b, Serials serialsA, Serials serialsB, List<Change> out) {
        TableDiff d = new TableDiff(a, b, out);
        if (a.security().enabled() != b.security().enabled()) {
            out.add(b.security().enabled() ? new Change.EnableRowSecurity(d.name) : new Change.DisableRowSecurity(d.name));
        }
        if (a.security().forced() != b.security().forced()) {
            out.add(new Change.SetForceRowSecurity(d.name, b.security().forced()));
        }
        // a partition's columns are its table's: they change with the table's, and PostgreSQL refuses them on a partition
        if (b.partitioning() == null || b.partitioning().parent() == null) {
            d.columns(serialsA, serialsB);
        }
        d.primaryKey();
        d.named(a.uniques(), b.uniques(), new Kind<>(u -> u.name(), (u, n) -> u.withName(n), Change.RenameConstraint::new),
                Change.DropUnique::new, Change.AddUnique::new);
        d.named(a.checks(), b.checks(), new Kind<>(c -> c.name(), (c, n) -> c.withName(n), Change.RenameConstraint::new),
                Change.DropCheck::new, Change.AddCheck::new);
        d.named(a.foreignKeys(), b.foreignKeys(), new Kind<>(f -> f.name(), (f, n) -> f.withName(n),
                Change.RenameConstraint::new), Change.DropForeignKey::new, Change.AddForeignKey::new);
        d.named(a.indexes(), b.indexes(), new Kind<>(i -> i.name(), (i, n) -> i.withName(n), Change.RenameIndex::new),
                Change.DropIndex::new, Change.CreateIndex::new);
        d.policies();
        d.comments();
    }

    /** Comments set, changed or removed on the table and on columns it had before (new columns bring theirs). */
    private void comments() {
        if (!Objects.equals(a.comment(), b.comment())) {
            out.add(new Change.SetComment(Change.Commented.table(name), a.comment(), b.comment()));
        }
        Map<String, Column> before = byName(a.columns(), Column::name);
        for (Column c : b.columns()) {
            Column old = before.get(c.name());
            if (old != null && !Objects.equals(old.comment(), c.comment())) {
                out.add(new Change.SetComment(Change.Commented.column(name, c.name()), old.comment(), c.comment()));
            }
        }
    }

    private void columns(Serials serialsA, Serials serialsB) {
        Map<String, Column> before = byName(a.columns(), Column::name);
        Map<String, Column> after = byName(b.columns(), Column::name);
        for (Column c : a.columns()) {
            if (!after.containsKey(c.name())) {
                out.add(new Change.DropColumn(name, c));
            }
        }
        for (Column c : b.columns()) {
            Column old = before.get(c.name());
            if (old == null) {
                out.add(new Change.AddColumn(name, c, isInlineKey(c.name())));
            } else {
                boolean serial = serialsA.isSerial(a, old) && serialsB.isSerial(b, c);
                ColumnDiff.diff(name, old, c, serial, out);
            }
        }
    }

    /** A new one-column key named {@code <table>_pkey} on a new column goes inline into {@code ADD COLUMN}. */
    private boolean isInlineKey(String column) {
        PrimaryKey pk = b.primaryKey();
        return pk != null && !pk.equals(a.primaryKey()) && pk.columns().equals(List.of(column))
                && pk.name().equals(b.name().name() + "_pkey");
    }

    private void primaryKey() {
        if (Objects.equals(a.primaryKey(), b.primaryKey()) || sameImplicitKey(a.primaryKey(), b.primaryKey())) {
            return;
        }
        if (a.primaryKey() != null && b.primaryKey() != null && a.primaryKey().columns().equals(b.primaryKey().columns())) {
            out.add(new Change.RenameConstraint(name, a.primaryKey().name(), b.primaryKey().name()));
            return;
        }
        if (a.primaryKey() != null) {
            out.add(new Change.DropPrimaryKey(name, a.primaryKey()));
            keptNotNullOfKeyColumns(a.primaryKey());
        }
        PrimaryKey pk = b.primaryKey();
        if (pk != null && !(pk.columns().size() == 1 && a.column(pk.columns().get(0)).isEmpty() && isInlineKey(pk.columns().get(0)))) {
            out.add(new Change.AddPrimaryKey(name, pk));
        }
    }

    /**
     * A primary key made its columns NOT NULL, and dropping it leaves them so. A column that leaves the key and is
     * declared nullable on both sides (a snapshot does not say the key made it NOT NULL) needs its DROP NOT NULL.
     */
    private void keptNotNullOfKeyColumns(PrimaryKey dropped) {
        List<String> stillKey = b.primaryKey() == null ? List.of() : b.primaryKey().columns();
        for (String column : dropped.columns()) {
            Column before = a.column(column).orElse(null);
            Column after = b.column(column).orElse(null);
            if (!stillKey.contains(column) && before != null && after != null && !before.notNull() && !after.notNull()) {
                out.add(new Change.DropNotNull(name, after));
            }
        }
    }

    /**
     * Two keys on the same columns that both carry PostgreSQL's default name: a renamed table keeps
     * {@code <old>_pkey}, while a model built from the new name says {@code <new>_pkey}. Not a change.
     */
    private static boolean sameImplicitKey(PrimaryKey x, PrimaryKey y) {
        return x != null && y != null && x.columns().equals(y.columns())
                && x.name().endsWith("_pkey") && y.name().endsWith("_pkey");
    }

    /**
     * A kind of named table part: its name, the same part under another name, and the change that renames it.
     */
    private record Kind<T>(Function<T, String> name, BiFunction<T, String, T> renamed, Renaming rename) {
        boolean sameButName(T old, T now) {
            return renamed.apply(old, name.apply(now)).equals(now);
        }
    }

    @FunctionalInterface
    private interface Renaming {
        Change of(QualifiedName table, String from, String to);
    }

    /**
     * Removed objects dropped, then changed ones dropped; renamed ones renamed; new ones added, then changed ones
     * added. A removed and a new object equal but for their names are one object renamed: the end state is the same
     * as drop + add, without rebuilding an index or re-checking the rows.
     */
    private <T> void named(List<T> before, List<T> after, Kind<T> kind,
                           BiFunction<QualifiedName, T, Change> drop, BiFunction<QualifiedName, T, Change> add) {
        Function<T, String> key = kind.name();
        Map<String, T> old = byName(before, key);
        Map<String, T> now = byName(after, key);
        List<T> removed = new ArrayList<>(before.stream().filter(x -> !now.containsKey(key.apply(x))).toList());
        List<T> added = new ArrayList<>();
        List<Change> renames = new ArrayList<>();
        for (T x : after) {
            if (old.containsKey(key.apply(x))) {
                continue;
            }
            T was = removed.stream().filter(r -> kind.sameButName(r, x)).findFirst().orElse(null);
            if (was == null) {
                added.add(x);
            } else {
                removed.remove(was);
                renames.add(kind.rename().of(name, key.apply(was), key.apply(x)));
            }
        }
        removed.forEach(x -> out.add(drop.apply(name, x)));
        List<T> changed = after.stream().filter(x -> old.containsKey(key.apply(x)) && !old.get(key.apply(x)).equals(x)).toList();
        changed.forEach(x -> out.add(drop.apply(name, old.get(key.apply(x)))));
        out.addAll(renames);
        added.forEach(x -> out.add(add.apply(name, x)));
        changed.forEach(x -> out.add(add.apply(name, x)));
    }

    private void policies() {
        Map<String, dev.strata.core.model.Policy> old = byName(a.policies(), p -> p.name());
        Map<String, dev.strata.core.model.Policy> now = byName(b.policies(), p -> p.name());
        List<Change> later = new ArrayList<>();
        for (var p : a.policies()) {
            var n = now.get(p.name());
            if (n == null) {
                out.add(new Change.DropPolicy(name, p));
            } else if (!n.equals(p)) {
                if (n.permissive() == p.permissive() && n.command().equals(p.command())
                        && (n.using() == null) == (p.using() == null) && (n.withCheck() == null) == (p.withCheck() == null)) {
                    later.add(new Change.AlterPolicy(name, p, n));
                } else {
                    out.add(new Change.DropPolicy(name, p));
                    later.add(0, new Change.CreatePolicy(name, n));
                }
            }
        }
        b.policies().stream().filter(p -> !old.containsKey(p.name())).forEach(p -> out.add(new Change.CreatePolicy(name, p)));
        out.addAll(later);
    }

    static <T> Map<String, T> byName(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, x -> x, (x, y) -> x, java.util.LinkedHashMap::new));
    }
}
