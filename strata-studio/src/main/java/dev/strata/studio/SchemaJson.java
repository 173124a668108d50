package dev.strata.studio;

import dev.strata.core.model.Column;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema model as the API's JSON: one table entry with its columns, keys, indexes and policies. */
final class SchemaJson {
    private final Map<QualifiedName, List<String>> enumValues = new LinkedHashMap<>();
    private final RelationStats stats;

    SchemaJson(Schema schema, RelationStats stats) {
        for (EnumType e : schema.enums()) {
            enumValues.put(e.name(), e.values());
        }
        this.stats = stats;
    }

    Map<String, Object> table(Table t) {
        String key = t.name().schema() + "." + t.name().name();
        RelationStats.Stats s = stats.relations().get(key);
        Map<String, Object> out = header(t.name().schema(), t.name().name(), s, t.comment());
        out.put("columns", t.columns().stream().map(c -> column(t, c)).toList());
        out.put("primaryKey", t.primaryKey() == null ? null : map("name", t.primaryKey().name(), "columns", t.primaryKey().columns()));
        out.put("uniques", t.uniques().stream().map(u -> map("name", u.name(), "columns", u.columns())).toList());
        out.put("checks", t.checks().stream().map(c -> map("name", c.name(), "expression", c.expression())).toList());
        out.put("foreignKeys", t.foreignKeys().stream().map(SchemaJson::foreignKey).toList());
        out.put("indexes", indexes(key));
        out.put("policies", t.policies().stream().map(p -> map("name", p.name(), "command", p.command(),
                "permissive", p.permissive(), "roles", p.roles(), "using", p.using(), "withCheck", p.withCheck())).toList());
        return out;
    }

    /** The fields every relation has: names, kind, comment, estimate, size, RLS. */
    static Map<String, Object> header(String schema, String name, RelationStats.Stats s, String comment) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", schema);
        out.put("name", name);
        out.put("kind", s == null ? "table" : s.kind());
        out.put("comment", comment);
        out.put("rowEstimate", s == null ? null : s.rowEstimate());
        out.put("totalBytes", s == null ? 0 : s.totalBytes());
        out.put("rls", s != null && s.rls());
        return out;
    }

    List<Map<String, Object>> indexes(String key) {
        return stats.indexes().getOrDefault(key, List.of()).stream().map(i -> map("name", i.name(), "definition", i.definition(),
                "unique", i.unique(), "bytes", i.bytes())).toList();
    }

    private Map<String, Object> column(Table t, Column c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.name());
        out.put("type", c.type().sql());
        out.put("nullable", !c.notNull());
        out.put("default", defaultText(c));
        out.put("comment", c.comment());
        out.put("primaryKey", t.primaryKey() != null && t.primaryKey().columns().contains(c.name()));
        out.put("enumValues", c.type().userType() == null ? null : enumValues.get(c.type().userType()));
        out.put("references", reference(t, c.name()));
        return out;
    }

    private static String defaultText(Column c) {
        if (c.identity() != null) {
            return "generated " + (c.identity().always() ? "always" : "by default") + " as identity";
        }
        if (c.generated() != null) {
            return "generated always as (" + c.generated() + ") stored";
        }
        return c.defaultSql();
    }

    private static Map<String, Object> reference(Table t, String column) {
        for (ForeignKey fk : t.foreignKeys()) {
            int at = fk.columns().indexOf(column);
            if (at >= 0) {
                return map("schema", fk.target().schema(), "table", fk.target().name(), "column", fk.targetColumns().get(at));
            }
        }
        return null;
    }

    private static Map<String, Object> foreignKey(ForeignKey fk) {
        return map("name", fk.name(), "columns", fk.columns(), "refSchema", fk.target().schema(), "refTable", fk.target().name(),
                "refColumns", fk.targetColumns(), "onDelete", fk.onDelete().label(), "onUpdate", fk.onUpdate().label());
    }

    static Map<String, Object> sequence(Sequence s) {
        return map("schema", s.name().schema(), "name", s.name().name(), "dataType", s.dataType(), "start", s.options().start(),
                "increment", s.options().increment(), "min", s.options().min(), "max", s.options().max(), "cycle", s.options().cycle());
    }

    /** An ordered map from alternating keys and values (values may be null). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
