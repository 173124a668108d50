package dev.strata.core.diff;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Model × model → the changes that turn one schema into the other. Renames are never guessed: answered ones
 * ({@link Renames}) become {@code RENAME} changes, unanswered ones are reported as {@link RenameCandidate}s and
 * diffed as drop + create, so the caller can ask or refuse. Changes come in diff order (object kind, then model
 * order); {@code dev.strata.core.plan.Planner} puts them in dependency order.
 */
public final class SchemaDiff {
    private final List<Change> out = new ArrayList<>();
    private final Schema from;
    private final Schema to;

    private SchemaDiff(Schema from, Schema to) {
        this.from = from;
        this.to = to;
    }

    /**
     * The changes from {@code from} to {@code to}, with {@code renames} applied and open rename candidates.
     * Extensions, domains, functions and triggers are left as they are: a Java schema cannot declare them.
     */
    public static DiffResult compare(Schema from, Schema to, Renames renames) {
        return compare(from, to, renames, false);
    }

    /**
     * As {@link #compare(Schema, Schema, Renames)}; with {@code databaseObjects} ({@code to} comes from a
     * {@code .sql} schema, which declares them) extensions, domains, functions and triggers are diffed too.
     */
    public static DiffResult compare(Schema from, Schema to, Renames renames, boolean databaseObjects) {
        RenameResolver.Resolved resolved = RenameResolver.resolve(from, to, renames);
        SchemaDiff d = new SchemaDiff(resolved.from(), to);
        d.out.addAll(resolved.renames());
        if (databaseObjects) {
            DatabaseObjectDiff.diff(resolved.from(), to, d.out);
        }
        d.schemas();
        d.enums();
        d.sequences();
        d.tables();
        d.views();
        return new DiffResult(d.out, resolved.candidates());
    }

    /** Shorthand for {@code compare(from, to, Renames.none())}. */
    public static DiffResult compare(Schema from, Schema to) {
        return compare(from, to, Renames.none());
    }

    private void schemas() {
        to.schemas().stream().filter(s -> !from.schemas().contains(s)).forEach(s -> out.add(new Change.CreateSchema(s)));
        from.schemas().stream().filter(s -> !to.schemas().contains(s)).forEach(s -> out.add(new Change.DropSchema(s)));
    }

    private void enums() {
        Map<String, EnumType> old = TableDiff.byName(from.enums(), e -> e.name().toString());
        Map<String, EnumType> now = TableDiff.byName(to.enums(), e -> e.name().toString());
        for (EnumType e : to.enums()) {
            EnumType a = old.get(e.name().toString());
            if (a == null) {
                out.add(new Change.CreateEnum(e));
            } else {
                EnumDiff.diff(a, e, from, to, out);
            }
        }
        from.enums().stream().filter(e -> !now.containsKey(e.name().toString())).forEach(e -> out.add(new Change.DropEnum(e)));
    }

    private void sequences() {
        List<Sequence> a = freeStanding(from, to);
        List<Sequence> b = freeStanding(to, from);
        Map<String, Sequence> old = TableDiff.byName(a, s -> s.name().toString());
        Map<String, Sequence> now = TableDiff.byName(b, s -> s.name().toString());
        for (Sequence s : b) {
            Sequence x = old.get(s.name().toString());
            if (x == null) {
                out.add(new Change.CreateSequence(s));
            } else if (!x.dataType().equals(s.dataType()) || !x.options().equals(s.options())) {
                out.add(new Change.AlterSequence(x, s));
            }
            owner(x == null ? null : x.ownedBy(), s);
        }
        a.stream().filter(s -> !now.containsKey(s.name().toString())).forEach(s -> {
            if (s.ownedBy() != null) {
                out.add(new Change.DropSequenceOwner(s.name(), s.ownedBy()));
            }
            out.add(new Change.DropSequence(s));
        });
    }

    /**
     * A new or changed owner: the old one is dropped before any table or column is (which would take the sequence
     * with it), the new one set once every column is there.
     */
    private void owner(ColumnRef before, Sequence s) {
        if (Objects.equals(before, s.ownedBy())) {
            return;
        }
        if (before != null) {
            out.add(new Change.DropSequenceOwner(s.name(), before));
        }
        if (s.ownedBy() != null) {
            out.add(new Change.SetSequenceOwner(s.name(), s.ownedBy()));
        }
    }

    /**
     * The sequences of {@code side} diffed on their own. A serial column's sequence is left to the column when the
     * {@code serial} type makes it ({@link Serials#madeBySerialType}), or when the column is a serial in {@code other}
     * too (a renamed table keeps its sequence's name). Any other is made, dropped and given its owner like a sequence
     * of its own: the column's default needs it to exist first.
     */
    private static List<Sequence> freeStanding(Schema side, Schema other) {
        Serials mine = Serials.of(side);
        Serials theirs = Serials.of(other);
        return side.sequences().stream().filter(s -> !mine.ownsSequence(s.name())
                || !mine.madeBySerialType(s.name()) && !theirs.isSerial(s.ownedBy())).toList();
    }

    private void tables() {
        Serials serialsA = Serials.of(from);
        Serials serialsB = Serials.of(to);
        Map<QualifiedName, Table> before = tablesByName(from);
        Map<QualifiedName, Table> after = tablesByName(to);
        // The same table has nothing to diff, and most of a large schema is unchanged: the tables are compared
        // in parallel first, then the changed and new ones diffed in order.
        List<Table> changedOrNew = to.tables().parallelStream()
                .filter(t -> !t.equals(before.get(t.name()))).toList();
        for (Table t : changedOrNew) {
            Table old = before.get(t.name());
            if (old != null && !Objects.equals(old.partitioning(), t.partitioning())) {
                throw new UnsupportedChange("table " + t.name() + " changes how it is partitioned (" + partitioning(old)
                        + " → " + partitioning(t) + "); PostgreSQL cannot do that to a table in place, and its rows would "
                        + "have to be copied", "give the table its new shape under a new name in the schema (it is created "
                        + "beside the old one), copy the rows in a hand-written migration (strata new), then remove the old "
                        + "table from the schema");
            } else if (old != null) {
                TableDiff.diff(old, t, serialsA, serialsB, out);
            } else {
                created(t);
            }
        }
        from.tables().stream().filter(t -> !after.containsKey(t.name())).forEach(t -> out.add(new Change.DropTable(t)));
    }

    private static String partitioning(Table t) {
        if (t.partitioning() == null) {
            return "not partitioned";
        }
        String by = t.partitioning().key() == null ? "" : "PARTITION BY " + t.partitioning().key();
        String of = t.partitioning().parent() == null ? "" : "PARTITION OF " + t.partitioning().parent() + " " + t.partitioning().bound();
        return (of + " " + by).strip();
    }

    /**
     * Tables by name, the first of a name winning as in {@link Schema#table}: looked up in a map, because
     * {@code Schema.table} scans the list and the diff asks once per table (quadratic with 5,000 tables).
     */
    static Map<QualifiedName, Table> tablesByName(Schema schema) {
        Map<QualifiedName, Table> out = new HashMap<>();
        schema.tables().forEach(t -> out.putIfAbsent(t.name(), t));
        return out;
    }

    private static View uncommented(View v) {
        return new View(v.name(), v.definition(), v.materialized(), v.options(), v.withData(), null);
    }

    /** A new table, then what hangs off it: row security, foreign keys, indexes, policies. */
    private void created(Table t) {
        out.add(new Change.CreateTable(t));
        if (t.security().enabled()) {
            out.add(new Change.EnableRowSecurity(t.name()));
        }
        if (t.security().forced()) {
            out.add(new Change.SetForceRowSecurity(t.name(), true));
        }
        t.foreignKeys().forEach(fk -> out.add(new Change.AddForeignKey(t.name(), fk)));
        t.indexes().forEach(i -> out.add(new Change.CreateIndex(t.name(), i)));
        t.policies().forEach(p -> out.add(new Change.CreatePolicy(t.name(), p)));
    }

    private void views() {
        Map<String, View> old = TableDiff.byName(from.views(), v -> v.name().toString());
        Map<String, View> now = TableDiff.byName(to.views(), v -> v.name().toString());
        from.views().stream().filter(v -> !now.containsKey(v.name().toString())).forEach(v -> out.add(new Change.DropView(v)));
        for (View v : to.views()) {
            View a = old.get(v.name().toString());
            if (a == null) {
                out.add(new Change.CreateView(v));
            } else if (uncommented(a).equals(uncommented(v))) {
                if (!Objects.equals(a.comment(), v.comment())) {
                    out.add(new Change.SetComment(Change.Commented.view(v), a.comment(), v.comment()));
                }
            } else {
                out.add(new Change.DropView(a));
                out.add(new Change.CreateView(v));
            }
        }
    }
}
