package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two schemas object by object, on their normalized forms, and lists every difference:
 * what a drift check prints. Equal schemas give an empty list.
 */
public final class SchemaComparison {
    private final List<Difference> out = new ArrayList<>();

    private SchemaComparison() {
    }

    public static List<Difference> compare(Schema expected, Schema actual) {
        Schema e = expected.normalized();
        Schema a = actual.normalized();
        SchemaComparison c = new SchemaComparison();
        c.objects("schema", e.schemas(), a.schemas(), s -> s, Object::toString);
        c.objects("extension", e.extensions(), a.extensions(), x -> x.name(), x -> "in schema " + x.schema());
        c.objects("enum", e.enums(), a.enums(), x -> x.name().toString(), x -> "values " + x.values());
        c.objects("domain", e.domains(), a.domains(), x -> x.name().toString(), Object::toString);
        c.objects("sequence", e.sequences(), a.sequences(), x -> x.name().toString(),
                x -> x.dataType() + " " + x.options() + (x.ownedBy() == null ? "" : " owned by " + x.ownedBy()));
        c.objects("view", e.views(), a.views(), x -> x.name().toString(), Object::toString);
        c.objects("function", e.functions(), a.functions(), x -> x.signature(), x -> x.definition());
        c.objects("trigger", e.triggers(), a.triggers(), x -> x.table() + "." + x.name(), x -> x.definition());
        Map<String, Table> expectedTables = byKey(e.tables(), t -> t.name().toString());
        Map<String, Table> actualTables = byKey(a.tables(), t -> t.name().toString());
        for (String name : union(expectedTables, actualTables)) {
            Table et = expectedTables.get(name);
            Table at = actualTables.get(name);
            if (et == null || at == null) {
                c.out.add(new Difference("table " + name, et == null ? Difference.Kind.EXTRA : Difference.Kind.MISSING, null, null));
            } else {
                c.table(et, at);
            }
        }
        return List.copyOf(c.out);
    }

    private void table(Table e, Table a) {
        String t = e.name().toString();
        objects("column " + t + ".", e.columns(), a.columns(), Column::name, null);
        Map<String, Column> ac = byKey(a.columns(), Column::name);
        for (Column ec : e.columns()) {
            Column other = ac.get(ec.name());
            if (other != null) {
                column(t + "." + ec.name(), ec, other);
            }
        }
        if (!e.columns().stream().map(Column::name).toList().equals(a.columns().stream().map(Column::name).toList())
                && e.columns().size() == a.columns().size()) {
            changed("column order of table " + t, e.columns().stream().map(Column::name).toList(),
                    a.columns().stream().map(Column::name).toList());
        }
        changed("primary key of table " + t, e.primaryKey(), a.primaryKey());
        objects("unique constraint " + t + ".", e.uniques(), a.uniques(), u -> u.name(), Object::toString);
        objects("check constraint " + t + ".", e.checks(), a.checks(), x -> x.name(),
                x -> "CHECK (" + x.expression() + ")" + (x.validated() ? "" : " NOT VALID"));
        objects("foreign key " + t + ".", e.foreignKeys(), a.foreignKeys(), x -> x.name(), Object::toString);
        objects("index " + t + ".", e.indexes(), a.indexes(), x -> x.name(), Object::toString);
        objects("policy " + t + ".", e.policies(), a.policies(), x -> x.name(), Object::toString);
        changed("row-level security of table " + t, e.security(), a.security());
        changed("comment on table " + t, e.comment(), a.comment());
        changed("partitioning of table " + t, e.partitioning(), a.partitioning());
    }

    private void column(String name, Column e, Column a) {
        changed("type of column " + name, e.type().sql(), a.type().sql());
        changed("NOT NULL of column " + name, e.notNull(), a.notNull());
        changed("default of column " + name, e.defaultSql(), a.defaultSql());
        changed("identity of column " + name, e.identity(), a.identity());
        changed("generated expression of column " + name, e.generated(), a.generated());
        changed("collation of column " + name, e.collation(), a.collation());
        changed("comment on column " + name, e.comment(), a.comment());
    }

    private void changed(String object, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(new Difference(object, Difference.Kind.CHANGED, String.valueOf(expected), String.valueOf(actual)));
        }
    }

    /** Objects keyed by name: missing, extra, and (when {@code shown} is given) changed ones. */
    private <T> void objects(String label, List<T> expected, List<T> actual, Function<T, String> key, Function<T, String> shown) {
        String prefix = label.endsWith(".") ? label : label + " ";
        Map<String, T> e = byKey(expected, key);
        Map<String, T> a = byKey(actual, key);
        for (String k : union(e, a)) {
            T ev = e.get(k);
            T av = a.get(k);
            if (ev == null || av == null) {
                out.add(new Difference(prefix + k, ev == null ? Difference.Kind.EXTRA : Difference.Kind.MISSING, null, null));
            } else if (shown != null && !ev.equals(av)) {
                out.add(new Difference(prefix + k, Difference.Kind.CHANGED, shown.apply(ev), shown.apply(av)));
            }
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(key.apply(i), i));
        return out;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
