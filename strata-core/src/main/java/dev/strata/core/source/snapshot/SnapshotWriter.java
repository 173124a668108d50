package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Snapshot records → a JSON tree with drizzle's key order (or the order the records were read in). */
final class SnapshotWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SnapshotWriter() {
    }

    static ObjectNode snapshot(Snapshot s) {
        ObjectNode out = new Layout(s.keyOrder())
                .put("id", s.id())
                .put("prevId", s.prevId())
                .put("version", s.version())
                .put("dialect", s.dialect())
                .put("tables", tables(s.tables()))
                .put("enums", Layout.map(s.enums(), SnapshotWriter::enumType))
                .put("schemas", Layout.map(s.schemas(), JSON::textNode))
                .putDefaulted("sequences", Layout.map(s.sequences(), SnapshotWriter::sequence), s.sequences().isEmpty())
                .putDefaulted("roles", Layout.map(s.roles(), SnapshotWriter::role), s.roles().isEmpty())
                .putDefaulted("policies", Layout.map(s.policies(), SnapshotWriter::policy), s.policies().isEmpty())
                .putDefaulted("views", Layout.map(s.views(), SnapshotWriter::view), s.views().isEmpty())
                .put("_meta", s.meta())
                .put("internal", s.internal())
                .build();
        if (!s.strata().isEmpty()) {
            out.set("strata", StrataExtensionJson.tree(s.strata()));
        }
        return out;
    }

    /**
     * Tables are most of a snapshot's text (18 MB for 5,000 tables): each is printed on its own, in
     * parallel, and placed in the tree as ready text at its depth.
     */
    private static ObjectNode tables(java.util.Map<String, SnapshotTable> tables) {
        if (tables.size() < 64) {
            return Layout.map(tables, SnapshotWriter::table);
        }
        java.util.List<java.util.Map.Entry<String, SnapshotTable>> entries = java.util.List.copyOf(tables.entrySet());
        java.util.List<String> texts = entries.parallelStream().map(e -> JsonText.write(table(e.getValue()), 2)).toList();
        ObjectNode out = JSON.objectNode();
        for (int i = 0; i < entries.size(); i++) {
            out.set(entries.get(i).getKey(), JSON.pojoNode(new com.fasterxml.jackson.databind.util.RawValue(texts.get(i))));
        }
        return out;
    }

    private static JsonNode table(SnapshotTable t) {
        return new Layout(t.keyOrder())
                .put("name", t.name())
                .put("schema", t.schema())
                .put("columns", Layout.map(t.columns(), SnapshotWriter::column))
                .put("indexes", Layout.map(t.indexes(), SnapshotWriter::index))
                .put("foreignKeys", Layout.map(t.foreignKeys(), SnapshotWriter::foreignKey))
                .put("compositePrimaryKeys", Layout.map(t.compositePrimaryKeys(), SnapshotWriter::primaryKey))
                .putDefaulted("uniqueConstraints", Layout.map(t.uniqueConstraints(), SnapshotWriter::unique),
                        t.uniqueConstraints().isEmpty())
                .putDefaulted("policies", Layout.map(t.policies(), SnapshotWriter::policy), t.policies().isEmpty())
                .putDefaulted("checkConstraints", Layout.map(t.checkConstraints(), SnapshotWriter::check),
                        t.checkConstraints().isEmpty())
                .putDefaulted("isRLSEnabled", JSON.booleanNode(t.isRLSEnabled()), !t.isRLSEnabled())
                .build();
    }

    private static JsonNode column(SnapshotColumn c) {
        return new Layout(c.keyOrder())
                .put("name", c.name())
                .put("type", c.type())
                .put("typeSchema", c.typeSchema())
                .put("primaryKey", c.primaryKey())
                .put("notNull", c.notNull())
                .put("default", defaultValue(c.defaultValue()))
                .put("isUnique", c.isUnique())
                .put("uniqueName", c.uniqueName())
                .put("nullsNotDistinct", c.nullsNotDistinct())
                .put("generated", c.generated() == null ? null : generated(c.generated()))
                .put("identity", c.identity() == null ? null : identity(c.identity()))
                .build();
    }

    private static JsonNode defaultValue(SnapshotDefault d) {
        if (d == null) {
            return null;
        }
        if (d instanceof SnapshotDefault.Text t) {
            return JSON.textNode(t.sql());
        }
        if (d instanceof SnapshotDefault.Number n) {
            return JSON.numberNode(n.value());
        }
        return JSON.booleanNode(((SnapshotDefault.Bool) d).value());
    }

    private static JsonNode generated(SnapshotGenerated g) {
        return new Layout(g.keyOrder()).put("as", g.as()).put("type", g.type()).build();
    }

    private static JsonNode identity(SnapshotIdentity i) {
        return new Layout(i.keyOrder())
                .put("type", i.type())
                .put("name", i.name())
                .put("schema", i.schema())
                .put("increment", i.increment())
                .put("startWith", i.startWith())
                .put("minValue", i.minValue())
                .put("maxValue", i.maxValue())
                .put("cache", i.cache())
                .put("cycle", i.cycle())
                .build();
    }

    private static JsonNode index(SnapshotIndex i) {
        var columns = JSON.arrayNode();
        i.columns().forEach(c -> columns.add(indexColumn(c)));
        return new Layout(i.keyOrder())
                .put("name", i.name())
                .put("columns", columns)
                .put("isUnique", i.isUnique())
                .put("where", i.where())
                .putDefaulted("concurrently", JSON.booleanNode(i.concurrently()), !i.concurrently())
                .putDefaulted("method", JSON.textNode(i.method()), i.method().equals("btree"))
                .put("with", i.with())
                .build();
    }

    private static JsonNode indexColumn(SnapshotIndexColumn c) {
        Layout layout = new Layout(c.keyOrder()).put("expression", c.expression());
        // drizzle-kit writes an SQL expression's keys as expression, asc, isExpression; a column's as expression, isExpression, asc
        if (c.isExpression()) {
            layout.put("asc", c.asc()).put("isExpression", c.isExpression());
        } else {
            layout.put("isExpression", c.isExpression()).put("asc", c.asc());
        }
        return layout
                .put("nulls", c.nulls())
                .put("opclass", c.opclass())
                .build();
    }

    private static JsonNode foreignKey(SnapshotForeignKey f) {
        return new Layout(f.keyOrder())
                .put("name", f.name())
                .put("tableFrom", f.tableFrom())
                .put("tableTo", f.tableTo())
                .put("schemaTo", f.schemaTo())
                .put("columnsFrom", f.columnsFrom())
                .put("columnsTo", f.columnsTo())
                .put("onDelete", f.onDelete())
                .put("onUpdate", f.onUpdate())
                .build();
    }

    private static JsonNode primaryKey(SnapshotPrimaryKey p) {
        return new Layout(p.keyOrder()).put("name", p.name()).put("columns", p.columns()).build();
    }

    private static JsonNode unique(SnapshotUnique u) {
        return new Layout(u.keyOrder())
                .put("name", u.name())
                .put("nullsNotDistinct", u.nullsNotDistinct())
                .put("columns", u.columns())
                .build();
    }

    private static JsonNode check(SnapshotCheck c) {
        return new Layout(c.keyOrder()).put("name", c.name()).put("value", c.value()).build();
    }

    private static JsonNode policy(SnapshotPolicy p) {
        return new Layout(p.keyOrder())
                .put("name", p.name())
                .put("as", p.as())
                .put("for", p.forCommand())
                .put("to", p.to())
                .put("using", p.using())
                .put("withCheck", p.withCheck())
                .put("schema", p.schema())
                .put("on", p.on())
                .build();
    }

    private static JsonNode enumType(SnapshotEnum e) {
        return new Layout(e.keyOrder())
                .put("name", e.name())
                .put("schema", e.schema())
                .put("values", e.values())
                .build();
    }

    private static JsonNode sequence(SnapshotSequence s) {
        return new Layout(s.keyOrder())
                .put("name", s.name())
                .put("schema", s.schema())
                .put("increment", s.increment())
                .put("startWith", s.startWith())
                .put("minValue", s.minValue())
                .put("maxValue", s.maxValue())
                .put("cache", s.cache())
                .put("cycle", s.cycle())
                .build();
    }

    private static JsonNode role(SnapshotRole r) {
        return new Layout(r.keyOrder())
                .put("name", r.name())
                .put("createDb", r.createDb())
                .put("createRole", r.createRole())
                .put("inherit", r.inherit())
                .build();
    }

    private static JsonNode view(SnapshotView v) {
        return new Layout(v.keyOrder())
                .put("columns", Layout.map(v.columns(), SnapshotWriter::column))
                .put("definition", v.definition())
                .put("name", v.name())
                .put("schema", v.schema())
                .put("isExisting", v.isExisting())
                .put("with", v.with())
                .put("withNoData", v.withNoData())
                .put("materialized", v.materialized())
                .put("tablespace", v.tablespace())
                .put("using", v.using())
                .build();
    }
}
