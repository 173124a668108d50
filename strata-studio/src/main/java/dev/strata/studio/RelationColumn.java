package dev.strata.studio;

import dev.strata.core.render.Identifiers;

/**
 * A column as the catalog has it.
 *
 * @param name       its name
 * @param type       {@code format_type} of its type, e.g. {@code character varying(40)}
 * @param category   {@code pg_type.typcategory} of its type: N numeric, S string, D date/time, B boolean, E enum, A array...
 * @param typeName   the bare type name ({@code int4}, {@code jsonb}, {@code mood})
 * @param notNull    {@code NOT NULL}
 * @param references the column a single-column foreign key points at, or {@code null}
 */
record RelationColumn(String name, String type, char category, String typeName, boolean notNull, Reference references) {

    /** {@code "name"}. */
    String sql() {
        return Identifiers.quote(name);
    }

    boolean isJson() {
        return typeName.equals("json") || typeName.equals("jsonb");
    }

    /** Types {@code ILIKE} applies to directly; others are compared as text. */
    boolean isText() {
        return category == 'S';
    }

    /**
     * The column a foreign key points at.
     *
     * @param schema the referenced table's schema
     * @param table  the referenced table
     * @param column the referenced column
     */
    record Reference(String schema, String table, String column) {
    }
}
