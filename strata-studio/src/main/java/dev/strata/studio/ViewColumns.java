package dev.strata.studio;

import dev.strata.core.model.Schema;
import dev.strata.core.model.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Views and materialized views as entries of the schema's table list, with their columns from the catalog. */
final class ViewColumns {
    private ViewColumns() {
    }

    static List<Map<String, Object>> read(Connection c, Schema schema, RelationStats stats) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (View v : schema.views()) {
            Relation r = RelationLookup.find(c, v.name().schema(), v.name().name());
            String key = v.name().schema() + "." + v.name().name();
            Map<String, Object> entry = SchemaJson.header(v.name().schema(), v.name().name(), stats.relations().get(key), v.comment());
            entry.put("columns", r.columns().stream().map(col -> SchemaJson.map("name", col.name(), "type", col.type(),
                    "nullable", !col.notNull(), "default", null, "comment", null, "primaryKey", false, "enumValues", null,
                    "references", null)).toList());
            entry.put("primaryKey", null);
            entry.put("uniques", List.of());
            entry.put("checks", List.of());
            entry.put("foreignKeys", List.of());
            entry.put("indexes", new SchemaJson(schema, stats).indexes(key));
            entry.put("policies", List.of());
            out.add(entry);
        }
        return out;
    }
}
