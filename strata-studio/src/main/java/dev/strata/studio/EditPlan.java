package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The statements for a batch of grid edits (insert, update, delete) on one table, every name checked
 * against the catalog and every value a parameter. Rows are found by their full primary key; a table
 * without one cannot be edited.
 */
final class EditPlan {
    private EditPlan() {
    }

    /** The statements for {@code edits} (a JSON array) on {@code relation}, or a 400 naming the bad edit. */
    static List<BoundStatement> of(Relation relation, JsonNode edits) {
        if (!edits.isArray() || edits.isEmpty()) {
            throw ApiException.badRequest("\"edits\" must be a non-empty array", "send {\"schema\",\"table\",\"edits\":[...]}");
        }
        if (relation.kind() != 'r' && relation.kind() != 'p') {
            throw ApiException.badRequest(relation.schema() + "." + relation.name() + " is a " + RelationStats.kind(relation.kind())
                    + ", not a table", "edit the tables it reads from");
        }
        List<BoundStatement> out = new ArrayList<>();
        int n = 0;
        for (JsonNode edit : edits) {
            n++;
            String op = edit.path("op").asText("");
            out.add(switch (op) {
                case "insert" -> insert(relation, values(relation, edit, n));
                case "update" -> update(relation, values(relation, edit, n), key(relation, edit, n));
                case "delete" -> delete(relation, key(relation, edit, n));
                default -> throw ApiException.badRequest("edit " + n + ": unknown op \"" + op + "\"", "use insert, update or delete");
            });
        }
        return out;
    }

    private static BoundStatement insert(Relation r, Map<RelationColumn, String> values) {
        var b = new BoundStatement.Builder().text("INSERT INTO ").text(r.sql());
        if (values.isEmpty()) {
            return b.text(" DEFAULT VALUES").build();
        }
        b.text(" (").text(String.join(", ", values.keySet().stream().map(RelationColumn::sql).toList())).text(") VALUES (");
        boolean first = true;
        for (String v : values.values()) {
            b.text(first ? "" : ", ").param(v);
            first = false;
        }
        return b.text(")").build();
    }

    private static BoundStatement update(Relation r, Map<RelationColumn, String> values, Map<RelationColumn, String> key) {
        if (values.isEmpty()) {
            throw ApiException.badRequest("an update needs at least one value", "send \"values\":{\"column\":value}");
        }
        var b = new BoundStatement.Builder().text("UPDATE ").text(r.sql()).text(" SET ");
        boolean first = true;
        for (var e : values.entrySet()) {
            b.text(first ? "" : ", ").text(e.getKey().sql()).text(" = ").param(e.getValue());
            first = false;
        }
        return where(b, key).build();
    }

    private static BoundStatement delete(Relation r, Map<RelationColumn, String> key) {
        return where(new BoundStatement.Builder().text("DELETE FROM ").text(r.sql()), key).build();
    }

    private static BoundStatement.Builder where(BoundStatement.Builder b, Map<RelationColumn, String> key) {
        b.text(" WHERE ");
        boolean first = true;
        for (var e : key.entrySet()) {
            b.text(first ? "" : " AND ").text(e.getKey().sql()).text(" = ").param(e.getValue());
            first = false;
        }
        return b;
    }

    private static Map<RelationColumn, String> values(Relation r, JsonNode edit, int n) {
        JsonNode values = edit.path("values");
        if (!values.isObject()) {
            throw ApiException.badRequest("edit " + n + ": \"values\" must be an object of column: value", "send \"values\":{\"name\":\"x\"}");
        }
        return columns(r, values, n);
    }

    private static Map<RelationColumn, String> key(Relation r, JsonNode edit, int n) {
        if (r.key().isEmpty()) {
            throw ApiException.badRequest(r.schema() + "." + r.name() + " has no primary key: its rows cannot be pointed at safely",
                    "add a primary key, or change it with SQL in the console (strata studio --write)");
        }
        JsonNode key = edit.path("key");
        Map<RelationColumn, String> out = key.isObject() ? columns(r, key, n) : Map.of();
        List<String> given = out.keySet().stream().map(RelationColumn::name).sorted().toList();
        if (!given.equals(r.key().stream().sorted().toList()) || out.containsValue(null)) {
            throw ApiException.badRequest("edit " + n + ": \"key\" must give exactly the primary key (" + String.join(", ", r.key())
                    + "), without nulls", "send \"key\":{" + String.join(", ", r.key().stream().map(k -> "\"" + k + "\":value").toList()) + "}");
        }
        return out;
    }

    private static Map<RelationColumn, String> columns(Relation r, JsonNode object, int n) {
        Map<RelationColumn, String> out = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            RelationColumn column = r.requireColumn(f.getKey(), "edit " + n);
            JsonNode v = f.getValue();
            out.put(column, v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
        }
        return out;
    }
}
