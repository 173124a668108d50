package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The {@code "strata"} key ↔ {@link StrataExtension}. */
final class StrataExtensionJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StrataExtensionJson() {
    }

    static StrataExtension read(Fields f) {
        f.allowOnly(Set.of("functions", "triggers", "extensions", "comments", "domains", "tables", "sequences"));
        return new StrataExtension(
                f.list("functions", e -> {
                    e.allowOnly(Set.of("schema", "name", "arguments", "definition"));
                    return new StrataExtension.Function(e.str("schema"), e.str("name"), e.str("arguments"),
                            e.str("definition"));
                }),
                f.list("triggers", e -> {
                    e.allowOnly(Set.of("schema", "table", "name", "definition"));
                    return new StrataExtension.Trigger(e.str("schema"), e.str("table"), e.str("name"),
                            e.str("definition"));
                }),
                f.list("extensions", e -> {
                    e.allowOnly(Set.of("name", "schema"));
                    return new StrataExtension.Extension(e.str("name"), e.str("schema"));
                }),
                f.list("comments", StrataExtensionJson::comment),
                f.list("domains", e -> {
                    e.allowOnly(Set.of("schema", "name", "definition"));
                    return new StrataExtension.Domain(e.str("schema"), e.str("name"), e.str("definition"));
                }),
                f.list("tables", StrataExtensionJson::tableOptions),
                f.list("sequences", StrataExtensionJson::sequenceOptions));
    }

    private static StrataExtension.SequenceOptions sequenceOptions(Fields e) {
        e.allowOnly(Set.of("schema", "name", "type", "ownedBy"));
        Fields owner = e.optObj("ownedBy");
        ColumnRef ownedBy = null;
        if (owner != null) {
            owner.allowOnly(Set.of("schema", "table", "column"));
            ownedBy = new ColumnRef(new QualifiedName(owner.str("schema"), owner.str("table")), owner.str("column"));
        }
        return new StrataExtension.SequenceOptions(e.str("schema"), e.str("name"), e.str("type"), ownedBy);
    }

    private static StrataExtension.TableOptions tableOptions(Fields e) {
        e.allowOnly(Set.of("schema", "table", "forceRowSecurity", "partitionBy", "partitionOf", "bound", "columns",
                "foreignKeys", "checks", "indexes"));
        String by = e.optStr("partitionBy");
        String of = e.optStr("partitionOf");
        String bound = e.optStr("bound");
        return new StrataExtension.TableOptions(e.str("schema"), e.str("table"), e.boolOr("forceRowSecurity", false),
                by == null && of == null ? null : new StrataExtension.Partitioning(by, of, bound),
                e.list("columns", c -> {
                    c.allowOnly(Set.of("name", "collation"));
                    return new StrataExtension.ColumnCollation(c.str("name"), c.str("collation"));
                }),
                e.list("foreignKeys", fk -> {
                    fk.allowOnly(Set.of("name", "matchFull", "deferral", "notValid"));
                    return new StrataExtension.ForeignKeyOptions(fk.str("name"), fk.boolOr("matchFull", false),
                            deferral(fk), fk.boolOr("notValid", false));
                }),
                e.list("checks", c -> {
                    c.allowOnly(Set.of("name", "notValid"));
                    return c.str("name");
                }),
                e.list("indexes", i -> {
                    i.allowOnly(Set.of("name", "include", "nullsNotDistinct", "collations"));
                    List<String> include = i.optStrings("include");
                    List<String> collations = i.optStringsOrNulls("collations");
                    return new StrataExtension.IndexOptions(i.str("name"), include == null ? List.of() : include,
                            i.boolOr("nullsNotDistinct", false), collations == null ? List.of() : collations);
                }));
    }

    private static Deferral deferral(Fields fk) {
        String word = fk.strOr("deferral", "not deferrable");
        for (Deferral d : Deferral.values()) {
            if (deferralWord(d).equals(word)) {
                return d;
            }
        }
        throw fk.fail(fk.path() + ".deferral", "expected \"not deferrable\", \"deferrable initially immediate\" or "
                + "\"deferrable initially deferred\"");
    }

    /** {@code DEFERRABLE_DEFERRED} → {@code deferrable initially deferred}, as the SQL says it. */
    private static String deferralWord(Deferral d) {
        return switch (d) {
            case NOT_DEFERRABLE -> "not deferrable";
            case DEFERRABLE_IMMEDIATE -> "deferrable initially immediate";
            case DEFERRABLE_DEFERRED -> "deferrable initially deferred";
        };
    }

    private static StrataExtension.Comment comment(Fields e) {
        e.allowOnly(Set.of("target", "schema", "table", "column", "text"));
        StrataExtension.Target target = StrataExtension.Target.fromJson(e.str("target"));
        if (target == null) {
            throw e.fail(e.path() + ".target", "expected \"table\", \"column\" or \"view\"");
        }
        String column = e.optStr("column");
        if ((target == StrataExtension.Target.COLUMN) != (column != null)) {
            throw e.fail(e.path(), "a column comment needs \"column\", a table comment none");
        }
        return new StrataExtension.Comment(target, e.str("schema"), e.str("table"), column, e.str("text"));
    }

    static ObjectNode tree(StrataExtension x) {
        ObjectNode out = JSON.objectNode();
        list(out, "functions", x.functions(), f -> fields("schema", f.schema(), "name", f.name(),
                "arguments", f.arguments(), "definition", f.definition()));
        list(out, "triggers", x.triggers(), t -> fields("schema", t.schema(), "table", t.table(),
                "name", t.name(), "definition", t.definition()));
        list(out, "extensions", x.extensions(), e -> fields("name", e.name(), "schema", e.schema()));
        list(out, "comments", x.comments(), c -> fields("target", c.target().json(), "schema", c.schema(),
                "table", c.table(), "column", c.column(), "text", c.text()));
        list(out, "domains", x.domains(), d -> fields("schema", d.schema(), "name", d.name(),
                "definition", d.definition()));
        list(out, "tables", x.tables(), StrataExtensionJson::tableOptions);
        list(out, "sequences", x.sequences(), StrataExtensionJson::sequenceOptions);
        return out;
    }

    private static ObjectNode sequenceOptions(StrataExtension.SequenceOptions s) {
        ObjectNode o = fields("schema", s.schema(), "name", s.name(), "type", s.type());
        if (s.ownedBy() != null) {
            o.set("ownedBy", fields("schema", s.ownedBy().table().schema(), "table", s.ownedBy().table().name(),
                    "column", s.ownedBy().column()));
        }
        return o;
    }

    private static ObjectNode tableOptions(StrataExtension.TableOptions t) {
        ObjectNode o = fields("schema", t.schema(), "table", t.table());
        if (t.forceRowSecurity()) {
            o.put("forceRowSecurity", true);
        }
        if (t.partitioning() != null) {
            o.setAll(fields("partitionBy", t.partitioning().partitionBy(), "partitionOf", t.partitioning().partitionOf(),
                    "bound", t.partitioning().bound()));
        }
        list(o, "columns", t.columns(), c -> fields("name", c.name(), "collation", c.collation()));
        list(o, "foreignKeys", t.foreignKeys(), fk -> {
            ObjectNode f = fields("name", fk.name());
            if (fk.matchFull()) {
                f.put("matchFull", true);
            }
            if (fk.deferral() != Deferral.NOT_DEFERRABLE) {
                f.put("deferral", deferralWord(fk.deferral()));
            }
            if (fk.notValid()) {
                f.put("notValid", true);
            }
            return f;
        });
        list(o, "checks", t.notValidChecks(), c -> fields("name", c).put("notValid", true));
        list(o, "indexes", t.indexes(), i -> {
            ObjectNode x = fields("name", i.name());
            if (!i.include().isEmpty()) {
                ArrayNode include = x.putArray("include");
                i.include().forEach(include::add);
            }
            if (i.nullsNotDistinct()) {
                x.put("nullsNotDistinct", true);
            }
            if (!i.collations().isEmpty()) {
                ArrayNode collations = x.putArray("collations");
                i.collations().forEach(collations::add);
            }
            return x;
        });
        return o;
    }

    private static <T> void list(ObjectNode out, String key, List<T> items, Function<T, JsonNode> item) {
        if (!items.isEmpty()) {
            ArrayNode array = out.putArray(key);
            items.forEach(i -> array.add(item.apply(i)));
        }
    }

    /** Alternating keys and values; a {@code null} value leaves its key out. */
    private static ObjectNode fields(String... keysAndValues) {
        ObjectNode o = JSON.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                o.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return o;
    }
}
