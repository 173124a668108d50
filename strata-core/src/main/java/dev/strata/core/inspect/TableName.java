package dev.strata.core.inspect;

/**
 * A schema-qualified relation name, as stored in the catalog (not quoted).
 *
 * @param schema the schema
 * @param name   the relation's name
 */
public record TableName(String schema, String name) {
    public TableName {
        if (schema == null || schema.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a table name needs a schema and a name");
        }
    }

    /** {@code schema.name}, for people. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
