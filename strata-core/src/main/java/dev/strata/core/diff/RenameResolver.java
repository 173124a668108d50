package dev.strata.core.diff;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Applies the answered renames to the old schema (enums, then tables, then columns, the order in which the
 * questions are asked) and lists the unanswered candidates: in one scope, every appeared object paired with every
 * disappeared one, appeared objects first.
 */
final class RenameResolver {
    private final List<Change> renames = new ArrayList<>();
    private final List<RenameCandidate> candidates = new ArrayList<>();
    private final Renames answers;
    private Schema from;

    /** The old schema with the answered renames applied, the rename changes, and the open candidates. */
    record Resolved(Schema from, List<Change> renames, List<RenameCandidate> candidates) {
    }

    private RenameResolver(Schema from, Renames answers) {
        this.from = from;
        this.answers = answers;
    }

    static Resolved resolve(Schema from, Schema to, Renames answers) {
        RenameResolver r = new RenameResolver(from, answers);
        r.schemas(to);
        r.enums(to);
        r.sequences(to);
        r.tables(to);
        r.views(to);
        r.columns(to);
        return new Resolved(r.from, r.renames, r.candidates);
    }

    private void enums(Schema to) {
        Set<QualifiedName> newNames = to.enums().stream().map(e -> e.name()).collect(Collectors.toSet());
        for (Map.Entry<QualifiedName, String> a : inChainOrder(answers.enums(), (k, v) -> QualifiedName.of(k.schema(), v), "enum")) {
            check(from.enumType(a.getKey()).isPresent(), "enum", a.getKey().toString());
            check(newNames.contains(QualifiedName.of(a.getKey().schema(), a.getValue())), "enum", a.getKey() + "=" + a.getValue());
            from = Renamer.renameEnum(from, a.getKey(), a.getValue());
            renames.add(new Change.RenameEnum(a.getKey(), a.getValue()));
        }
        candidates(RenameCandidate.Kind.ENUM, from.enums().stream().map(e -> e.name().toString()).toList(),
                to.enums().stream().map(e -> e.name().toString()).toList());
    }

    private void schemas(Schema to) {
        for (Map.Entry<String, String> a : inChainOrder(answers.schemas(), (k, v) -> v, "schema")) {
            check(from.schemas().contains(a.getKey()), "schema", a.getKey());
            check(to.schemas().contains(a.getValue()), "schema", a.getKey() + "=" + a.getValue());
            from = Renamer.renameSchema(from, a.getKey(), a.getValue());
            renames.add(new Change.RenameSchema(a.getKey(), a.getValue()));
        }
        candidates(RenameCandidate.Kind.SCHEMA, from.schemas(), to.schemas());
    }

    private void sequences(Schema to) {
        for (Map.Entry<QualifiedName, String> a : inChainOrder(answers.sequences(), (k, v) -> QualifiedName.of(k.schema(), v), "sequence")) {
            check(standalone(from).contains(a.getKey()), "sequence", a.getKey().toString());
            check(standalone(to).contains(QualifiedName.of(a.getKey().schema(), a.getValue())), "sequence",
                    a.getKey() + "=" + a.getValue());
            from = Renamer.renameSequence(from, a.getKey(), a.getValue());
            renames.add(new Change.RenameSequence(a.getKey(), a.getValue()));
        }
        candidates(RenameCandidate.Kind.SEQUENCE, standalone(from).stream().map(QualifiedName::toString).toList(),
                standalone(to).stream().map(QualifiedName::toString).toList());
    }

    /** Sequences not owned by a serial column (those follow their column and are not diffed on their own). */
    private static List<QualifiedName> standalone(Schema s) {
        Serials serials = Serials.of(s);
        return s.sequences().stream().map(q -> q.name()).filter(n -> !serials.ownsSequence(n)).toList();
    }

    private void tables(Schema to) {
        for (Map.Entry<QualifiedName, String> a : inChainOrder(answers.tables(), (k, v) -> QualifiedName.of(k.schema(), v), "table")) {
            check(from.table(a.getKey()).isPresent(), "table", a.getKey().toString());
            check(to.table(QualifiedName.of(a.getKey().schema(), a.getValue())).isPresent(), "table",
                    a.getKey() + "=" + a.getValue());
            from = Renamer.renameTable(from, a.getKey(), a.getValue());
            renames.add(new Change.RenameTable(a.getKey(), a.getValue()));
        }
        candidates(RenameCandidate.Kind.TABLE, from.tables().stream().map(t -> t.name().toString()).toList(),
                to.tables().stream().map(t -> t.name().toString()).toList());
    }

    private void views(Schema to) {
        for (Map.Entry<QualifiedName, String> a : inChainOrder(answers.views(), (k, v) -> QualifiedName.of(k.schema(), v), "view")) {
            QualifiedName target = QualifiedName.of(a.getKey().schema(), a.getValue());
            var before = from.views().stream().filter(v -> v.name().equals(a.getKey())).findFirst();
            var after = to.views().stream().filter(v -> v.name().equals(target)).findFirst();
            check(before.isPresent(), "view", a.getKey().toString());
            check(after.isPresent() && after.get().materialized() == before.get().materialized(), "view",
                    a.getKey() + "=" + a.getValue());
            from = Renamer.renameView(from, a.getKey(), a.getValue());
            renames.add(new Change.RenameView(a.getKey(), a.getValue(), before.get().materialized()));
        }
        candidates(RenameCandidate.Kind.VIEW, from.views().stream().map(v -> v.name().toString()).toList(),
                to.views().stream().map(v -> v.name().toString()).toList());
    }

    private void columns(Schema to) {
        for (Map.Entry<ColumnRef, String> a : inChainOrder(answers.columns(), (k, v) -> new ColumnRef(k.table(), v), "column")) {
            ColumnRef ref = a.getKey();
            check(from.table(ref.table()).flatMap(t -> t.column(ref.column())).isPresent(), "column", ref.toString());
            check(to.table(ref.table()).flatMap(t -> t.column(a.getValue())).isPresent(), "column", ref + "=" + a.getValue());
            from = Renamer.renameColumn(from, ref, a.getValue());
            renames.add(new Change.RenameColumn(ref.table(), ref.column(), a.getValue()));
        }
        Map<QualifiedName, Table> before = SchemaDiff.tablesByName(from);
        for (Table t : to.tables()) {
            Table old = before.get(t.name());
            // most tables keep their columns: only a table whose column names changed can hold a rename
            if (old != null && !columnNames(old).equals(columnNames(t))) {
                candidates(RenameCandidate.Kind.COLUMN, old.columns().stream().map(c -> t.name() + "." + c.name()).toList(),
                        t.columns().stream().map(c -> t.name() + "." + c.name()).toList());
            }
        }
    }

    private static List<String> columnNames(Table t) {
        return t.columns().stream().map(c -> c.name()).toList();
    }

    /**
     * One kind's answers in the order they can run: sorted by old name, so the migration is the same on every run,
     * except that an object is renamed away from a name before another takes it (tables {@code b → c} before
     * {@code a → b}). Renames that form a cycle (a swap) cannot run one by one and are refused.
     */
    private static <K> List<Map.Entry<K, String>> inChainOrder(Map<K, String> answers, BiFunction<K, String, K> target,
                                                               String kind) {
        List<Map.Entry<K, String>> pending = new ArrayList<>(answers.entrySet());
        pending.sort(Comparator.comparing(e -> e.getKey().toString()));
        List<Map.Entry<K, String>> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            Map.Entry<K, String> next = pending.stream()
                    .filter(e -> pending.stream().noneMatch(o -> o.getKey().equals(target.apply(e.getKey(), e.getValue()))))
                    .findFirst().orElseThrow(() -> new RenameAnswerMismatch("the " + kind + " renames "
                            + pending.stream().map(e -> e.getKey() + "=" + e.getValue()).toList()
                            + " form a cycle: each takes a name another one gives up, and one of them has to go first",
                            "rename one of them to a temporary name and generate, then generate again for the rest"));
            pending.remove(next);
            out.add(next);
        }
        return out;
    }

    /** Candidates within each scope (the part before the last dot). */
    private void candidates(RenameCandidate.Kind kind, List<String> old, List<String> now) {
        // sets, not the lists: with 5,000 tables, List.contains made this quadratic
        Set<String> oldNames = new HashSet<>(old);
        Set<String> nowNames = new HashSet<>(now);
        List<String> gone = old.stream().filter(n -> !nowNames.contains(n)).toList();
        List<String> added = now.stream().filter(n -> !oldNames.contains(n))
                .filter(n -> !answers.created().contains(kind.word() + " " + n)).toList();
        for (String a : added) {
            for (String g : gone) {
                if (scope(a).equals(scope(g))) {
                    candidates.add(new RenameCandidate(kind, g, a));
                }
            }
        }
    }

    /** What a name is unique in: the part before the last dot; a schema's is the database. */
    private static String scope(String qualified) {
        return qualified.substring(0, Math.max(0, qualified.lastIndexOf('.')));
    }

    private static void check(boolean ok, String kind, String what) {
        if (!ok) {
            throw new RenameAnswerMismatch("rename answer for " + kind + " " + what
                    + " does not match the schemas: the old name must exist only before, the new one after");
        }
    }
}
