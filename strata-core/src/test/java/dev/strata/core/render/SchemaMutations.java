package dev.strata.core.render;

import dev.strata.core.diff.Renames;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Schema B from A: a few random edits that keep the schema valid, and the rename answers they need. */
final class SchemaMutations {
    private final Random r;
    private final RandomSchemas schemas;
    private final Draft d;
    private Renames renames = Renames.none();
    /** A's views: only those can be renamed (an answer must name a view A has). */
    private final List<View> viewsOfA;
    /** A's columns: only those can be renamed (an answer must name a column A has). */
    private final List<ColumnRef> columnsOfA;

    private SchemaMutations(Random r, RandomSchemas schemas, Draft d) {
        this.r = r;
        this.schemas = schemas;
        this.d = d;
        this.viewsOfA = List.copyOf(d.views);
        this.columnsOfA = d.tables.stream().flatMap(t -> t.columns.stream().map(c -> new ColumnRef(t.name, c.name()))).toList();
    }

    /** The edited copy of {@code a} and the rename answers for it. */
    record Result(Draft b, Renames renames) {
    }

    static Result mutate(Random r, RandomSchemas schemas, Draft a) {
        SchemaMutations m = new SchemaMutations(r, schemas, a.copy());
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            m.one();
        }
        return new Result(m.d, m.renames);
    }

    private void one() {
        Draft.DraftTable t = d.tables.get(r.nextInt(d.tables.size()));
        switch (r.nextInt(20)) {
            case 0 -> addTable();
            case 1 -> dropTable(t);
            case 2 -> t.columns.add(schemas.column(d, "c" + schemas.next()));
            case 3 -> dropColumn(t);
            case 4 -> renameColumn(t);
            case 5 -> changeType(t);
            case 6 -> pick(t).ifPresent(c -> t.replace(c, withNotNull(c, !c.notNull())));
            case 7 -> changeDefault(t);
            case 8 -> toggle(t.uniques, () -> schemas.addUnique(t));
            case 9 -> toggle(t.checks, () -> schemas.addCheck(t));
            case 10 -> toggle(t.indexes, () -> schemas.addIndex(t));
            case 11 -> toggle(t.fks, () -> schemas.foreignKey(d, t, d.tables.get(r.nextInt(d.tables.size()))));
            case 12 -> changeEnum();
            case 13 -> changeSequences();
            case 14 -> changeView();
            case 15 -> t.rls = !t.rls;
            case 16 -> changeComment(t);
            case 17 -> {
                if (r.nextBoolean()) {
                    renameSchema();
                } else {
                    renameView();
                }
            }
            case 18 -> renameKeyConstraintOrIndex(t);
            default -> changeIdentity(t);
        }
    }

    /** A key, unique, check, foreign key or index given a new name, its definition kept: renamed in place, unasked. */
    private void renameKeyConstraintOrIndex(Draft.DraftTable t) {
        switch (r.nextInt(5)) {
            case 0 -> {
                if (t.pk != null && !t.pk.name().endsWith("_r")) {
                    t.pk = new PrimaryKey(t.pk.name() + "_r", t.pk.columns());
                }
            }
            case 1 -> renameOne(t.uniques, u -> u.name(), (u, n) -> u.withName(n));
            case 2 -> renameOne(t.checks, c -> c.name(), (c, n) -> c.withName(n));
            case 3 -> renameOne(t.fks, f -> f.name(), (f, n) -> f.withName(n));
            default -> renameOne(t.indexes, i -> i.name(), (i, n) -> i.withName(n));
        }
    }

    private <T> void renameOne(List<T> items, Function<T, String> name, BiFunction<T, String, T> renamed) {
        if (!items.isEmpty()) {
            int i = r.nextInt(items.size());
            T item = items.get(i);
            if (!name.apply(item).endsWith("_r")) {
                items.set(i, renamed.apply(item, name.apply(item) + "_r"));
            }
        }
    }

    /** A comment set, changed or removed: on the table, one of its columns or a view. */
    private void changeComment(Draft.DraftTable t) {
        switch (r.nextInt(3)) {
            case 0 -> t.comment = schemas.maybeComment("table " + t.name.name());
            case 1 -> pick(t).ifPresent(c -> t.replace(c, c.withComment(schemas.maybeComment("column " + c.name()))));
            default -> {
                if (!d.views.isEmpty()) {
                    View v = d.views.get(0);
                    d.views.set(0, new View(v.name(), v.definition(), v.materialized(), v.options(), v.withData(),
                            schemas.maybeComment("view " + v.name().name())));
                }
            }
        }
    }

    private void addTable() {
        Draft.DraftTable t = schemas.table(d, QualifiedName.of("public", "n" + schemas.next()));
        d.tables.add(t);
        schemas.foreignKey(d, t, d.tables.get(0));
    }

    private void dropTable(Draft.DraftTable t) {
        if (d.tables.size() <= 2 || d.tables.indexOf(t) < 2
                || renames.columns().keySet().stream().anyMatch(c -> c.table().equals(t.name))) {
            return;
        }
        d.tables.remove(t);
        d.tables.forEach(o -> o.fks.removeIf(f -> f.target().equals(t.name)));
    }

    private void dropColumn(Draft.DraftTable t) {
        pick(t).filter(c -> !t.usesColumn(c.name()) && !c.name().endsWith("_r")).ifPresent(t.columns::remove);
    }

    private void renameColumn(Draft.DraftTable t) {
        pick(t).filter(c -> !t.usesColumn(c.name()) && !c.name().endsWith("_r")
                        && columnsOfA.contains(new ColumnRef(t.name, c.name())))
                .ifPresent(c -> {
                    String to = c.name() + "_r";
                    t.replace(c, new Column(to, c.type(), c.notNull(), c.defaultSql(), c.identity(), c.generated(), null, null));
                    renames = renames.withColumn(new ColumnRef(t.name, c.name()), to);
                });
    }

    /** Widenings, a narrowing and a change that needs {@code USING}; defaults kept only when they still cast. */
    private void changeType(Draft.DraftTable t) {
        pick(t).filter(c -> !t.usesColumn(c.name()) && c.type().userType() == null && !c.type().isArray()).ifPresent(c -> {
            String to = switch (c.type().base()) {
                case "integer" -> "bigint";
                case "character varying(20)" -> r.nextBoolean() ? "text" : "character varying(50)";
                case "text" -> c.defaultSql() == null && r.nextBoolean() ? "integer" : "character varying(200)";
                case "bigint" -> "integer";
                default -> "text";
            };
            String def = c.defaultSql() == null || to.equals("text") || to.startsWith("character") ? c.defaultSql() : null;
            t.replace(c, new Column(c.name(), ColumnType.of(to), c.notNull(), def, null, null, null, null));
        });
    }

    private void changeDefault(Draft.DraftTable t) {
        // the types changeType makes (character varying(50), ...) have no sample defaults
        pick(t).filter(c -> c.type().userType() == null && !c.type().isArray() && RandomSchemas.TYPES.containsKey(c.type().base()))
                .ifPresent(c -> t.replace(c, c.withDefault(c.defaultSql() != null && r.nextBoolean() ? null
                        : schemas.defaultFor(c.type().base()))));
    }

    private void changeEnum() {
        if (d.enums.isEmpty()) {
            return;
        }
        EnumType e = d.enums.get(0);
        List<String> values = new ArrayList<>(e.values());
        if (r.nextBoolean() && values.size() > 2) {
            values.remove(1 + r.nextInt(values.size() - 1));
        } else {
            values.add(r.nextInt(values.size() + 1) == 0 ? 1 : values.size(), "new" + schemas.next());
        }
        d.enums.set(0, new EnumType(e.name(), values));
    }

    /** A sequence added, dropped, changed, turned the other way or renamed (only one of A's, once, and then never dropped: the answer names it). */
    private void changeSequences() {
        if (!d.sequences.isEmpty() && r.nextBoolean()) {
            int i = r.nextInt(d.sequences.size());
            QualifiedName name = d.sequences.get(i).name();
            int what = r.nextInt(3);
            if (what == 0 && !name.name().endsWith("_r")) {
                d.sequences.remove(i);
            } else if (what == 1 && name.name().startsWith("counter") && !name.name().endsWith("_r")) {
                Sequence q = d.sequences.get(i);
                d.sequences.set(i, new Sequence(QualifiedName.of(name.schema(), name.name() + "_r"), q.dataType(), q.options(), null));
                renames = renames.withSequence(name, name.name() + "_r");
            } else if (r.nextBoolean()) {
                d.sequences.set(i, schemas.sequence(name));
            } else {
                Sequence q = d.sequences.get(i);
                d.sequences.set(i, new Sequence(name, q.dataType(), reversed(q.options()), q.ownedBy()));
            }
        } else {
            d.sequences.add(schemas.sequence(QualifiedName.of("public", "s" + schemas.next() + "_seq")));
        }
    }

    /** Schema app (when A has it and no earlier answer names it) renamed to app_r, with everything in it. */
    private void renameSchema() {
        if (!d.schemas.contains("app") || renames.columns().keySet().stream().anyMatch(c -> c.table().schema().equals("app"))) {
            return;
        }
        d.schemas.set(d.schemas.indexOf("app"), "app_r");
        for (Draft.DraftTable t : d.tables) {
            if (t.name.schema().equals("app")) {
                QualifiedName old = t.name;
                t.name = QualifiedName.of("app_r", old.name());
                t.columns.replaceAll(c -> movedColumn(c, old, t.name));
            }
            t.fks.replaceAll(f -> f.target().schema().equals("app") ? new ForeignKey(f.name(), f.columns(),
                    QualifiedName.of("app_r", f.target().name()), f.targetColumns(), f.onDelete(), f.onUpdate(),
                    f.matchFull(), f.deferral(), f.validated()) : f);
        }
        renames = renames.withSchema("app", "app_r");
    }

    /** A column of a table that moved schema: its serial default and identity sequence move too. */
    private static Column movedColumn(Column c, QualifiedName oldTable, QualifiedName newTable) {
        String def = RandomSchemas.serialDefault(oldTable, c.name()).equals(c.defaultSql())
                ? RandomSchemas.serialDefault(newTable, c.name()) : c.defaultSql();
        Identity id = c.identity() == null ? null : new Identity(c.identity().always(),
                QualifiedName.of(newTable.schema(), c.identity().sequence().name()), c.identity().options());
        return new Column(c.name(), c.type(), c.notNull(), def, id, c.generated(), c.collation(), c.comment());
    }

    /** A's view renamed to NAME_r (once, and then never dropped: the answer names it). */
    private void renameView() {
        if (d.views.isEmpty()) {
            return;
        }
        View v = d.views.get(0);
        boolean ofA = viewsOfA.stream().anyMatch(a -> a.name().equals(v.name()) && a.materialized() == v.materialized());
        if (ofA) {
            QualifiedName to = QualifiedName.of(v.name().schema(), v.name().name() + "_r");
            d.views.set(0, new View(to, v.definition(), v.materialized(), v.options(), v.withData(), v.comment()));
            renames = renames.withView(v.name(), to.name());
        }
    }

    private void changeView() {
        if (d.views.isEmpty()) {
            d.views.add(schemas.view("v_t0", r.nextBoolean(), ""));
        } else if (r.nextBoolean() && !d.views.get(0).name().name().endsWith("_r")) {
            d.views.clear();
        } else {
            var v = d.views.get(0);
            d.views.set(0, schemas.view(v.name().name(), v.materialized(), v.definition().contains("WHERE") ? "" : "WHERE id > 0"));
        }
    }

    private void changeIdentity(Draft.DraftTable t) {
        Column id = t.columns.get(0);
        if (id.identity() != null) {
            Identity i = id.identity();
            SequenceOptions o = i.options();
            Identity changed = new Identity(r.nextBoolean() != i.always(), i.sequence(), r.nextBoolean() ? reversed(o)
                    : new SequenceOptions(o.increment() + 1, o.start(), o.min(), o.max(), o.cache(), !o.cycle()));
            t.replace(id, new Column("id", id.type(), true, null, changed, null, null, null));
        }
    }

    /** The same sequence counting the other way (its bounds exclude its old start: the change restarts it). */
    private static SequenceOptions reversed(SequenceOptions o) {
        return new SequenceOptions(-o.increment(), -o.start(), -o.max(), -o.min(), o.cache(), o.cycle());
    }

    private java.util.Optional<Column> pick(Draft.DraftTable t) {
        List<Column> columns = t.columns.stream().filter(c -> !c.name().equals("id") && !c.name().startsWith("ref_")).toList();
        return columns.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(columns.get(r.nextInt(columns.size())));
    }

    private static Column withNotNull(Column c, boolean notNull) {
        return new Column(c.name(), c.type(), notNull, c.defaultSql(), c.identity(), c.generated(), c.collation(), c.comment());
    }

    private <T> void toggle(List<T> items, Runnable add) {
        if (!items.isEmpty() && r.nextBoolean()) {
            items.remove(r.nextInt(items.size()));
        } else {
            add.run();
        }
    }
}
