package dev.strata.studio;

import java.util.List;
import java.util.Optional;

/**
 * A table, view or materialized view as the catalog has it: the only source of names the studio puts
 * into SQL.
 *
 * @param schema  its schema
 * @param name    its name
 * @param kind    {@code pg_class.relkind}: r table, p partitioned table, v view, m materialized view, f foreign table
 * @param columns its columns in order
 * @param key      the primary key's columns, in key order; empty when it has none
 * @param estimate the planner's row estimate ({@code pg_class.reltuples}), or {@code null} when never analyzed
 */
record Relation(String schema, String name, char kind, List<RelationColumn> columns, List<String> key, Long estimate) {
    Relation {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
    }

    Optional<RelationColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The column, or a 400 naming it and the table. */
    RelationColumn requireColumn(String columnName, String role) {
        return column(columnName).orElseThrow(() -> ApiException.badRequest(
                "unknown " + role + " column \"" + columnName + "\" in " + schema + "." + name,
                "use one of: " + String.join(", ", columns.stream().map(RelationColumn::name).toList())));
    }

    /** Whether rows have a physical address ({@code ctid}) to page and point at when there is no primary key. */
    boolean hasCtid() {
        return kind == 'r' || kind == 'm';
    }

    /** {@code "schema"."name"}. */
    String sql() {
        return dev.strata.core.render.Identifiers.quote(schema) + "." + dev.strata.core.render.Identifiers.quote(name);
    }
}
