package dev.strata.studio;

import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/schema}: every schema, table, view, enum and sequence of the database (the
 * tracking schema too), from core's introspection plus the catalog's sizes and row estimates.
 */
final class SchemaEndpoint {
    private final StudioContext studio;

    SchemaEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void handle(Context ctx) {
        studio.json().send(ctx, studio.database().with(c -> {
            Schema schema = LiveDatabaseSource.read(c, new InspectFilter(List.of(), List.of(), null));
            RelationStats stats = RelationStats.read(c);
            List<Map<String, Object>> views = ViewColumns.read(c, schema, stats);
            return json(schema, stats, views);
        }));
    }

    private static Map<String, Object> json(Schema schema, RelationStats stats, List<Map<String, Object>> viewRelations) {
        SchemaJson mapper = new SchemaJson(schema, stats);
        List<String> schemas = new ArrayList<>();
        schemas.add("public");
        schema.schemas().stream().filter(s -> !s.equals("public")).sorted().forEach(schemas::add);
        List<Map<String, Object>> tables = new ArrayList<>(schema.tables().stream().map(mapper::table).toList());
        tables.addAll(viewRelations);
        tables.sort(java.util.Comparator.comparing((Map<String, Object> t) -> (String) t.get("schema"))
                .thenComparing(t -> (String) t.get("name")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemas", schemas);
        out.put("tables", tables);
        out.put("enums", schema.enums().stream().map(e -> SchemaJson.map("schema", e.name().schema(), "name", e.name().name(),
                "values", e.values())).toList());
        out.put("sequences", schema.sequences().stream().map(SchemaJson::sequence).toList());
        out.put("views", schema.views().stream().map(v -> SchemaJson.map("schema", v.name().schema(), "name", v.name().name(),
                "materialized", v.materialized(), "definition", v.definition())).toList());
        return out;
    }
}
