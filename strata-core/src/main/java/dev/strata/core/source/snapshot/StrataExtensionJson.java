package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The {@code "strata"} key ↔ {@link StrataExtension}. */
final class StrataExtensionJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StrataExtensionJson() {
    }

    static StrataExtension read(Fields f) {
        f.allowOnly(Set.of("functions", "triggers", "extensions", "comments", "domains"));
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
                }));
    }

    private static StrataExtension.Comment comment(Fields e) {
        e.allowOnly(Set.of("target", "schema", "table", "column", "text"));
        StrataExtension.Target target = StrataExtension.Target.fromJson(e.str("target"));
        if (target == null) {
            throw e.fail(e.path() + ".target", "expected \"table\" or \"column\"");
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
        return out;
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
