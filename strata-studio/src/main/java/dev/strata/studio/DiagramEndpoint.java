package dev.strata.studio;

import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/diagram}: the tables as nodes (with their columns, primary and foreign key marks) and
 * the foreign keys as edges, for the browser to lay out and draw.
 */
final class DiagramEndpoint {
    private final StudioContext studio;

    DiagramEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void handle(Context ctx) {
        Schema schema = studio.database().with(c -> LiveDatabaseSource.read(c, new InspectFilter(List.of(), List.of(), null)));
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Table t : schema.tables()) {
            nodes.add(node(t));
            for (ForeignKey fk : t.foreignKeys()) {
                String from = id(t.name().schema(), t.name().name());
                edges.add(SchemaJson.map("id", from + "." + fk.name(), "from", from,
                        "to", id(fk.target().schema(), fk.target().name()), "columns", fk.columns(), "refColumns", fk.targetColumns()));
            }
        }
        studio.json().send(ctx, SchemaJson.map("nodes", nodes, "edges", edges));
    }

    private static Map<String, Object> node(Table t) {
        List<String> pk = t.primaryKey() == null ? List.of() : t.primaryKey().columns();
        List<Map<String, Object>> columns = t.columns().stream().map(c -> SchemaJson.map("name", c.name(), "type", c.type().sql(),
                "primaryKey", pk.contains(c.name()),
                "foreignKey", t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name())))).toList();
        return SchemaJson.map("id", id(t.name().schema(), t.name().name()), "schema", t.name().schema(), "name", t.name().name(),
                "columns", columns);
    }

    private static String id(String schema, String name) {
        return schema + "." + name;
    }
}
