package dev.strata.core.model;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name       the column name
 * @param type       its type
 * @param notNull    {@code NOT NULL}
 * @param defaultSql the default as SQL text, or {@code null}
 * @param identity   identity options, or {@code null}
 * @param generated  the expression of a {@code GENERATED ALWAYS AS (...) STORED} column, or {@code null}
 * @param collation  an explicit collation ({@code "C"}), or {@code null} for the type's default
 * @param comment    {@code COMMENT ON COLUMN}, or {@code null}
 */
public record Column(String name, ColumnType type, boolean notNull, String defaultSql, Identity identity,
                     String generated, String collation, String comment) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (identity != null && defaultSql != null) {
            throw new IllegalArgumentException("column " + name + " cannot have both a default and an identity");
        }
    }

    public static Column of(String name, ColumnType type, boolean notNull) {
        return new Column(name, type, notNull, null, null, null, null, null);
    }

    public Column withDefault(String sql) {
        return new Column(name, type, notNull, sql, identity, generated, collation, comment);
    }

    public Column withComment(String text) {
        return new Column(name, type, notNull, defaultSql, identity, generated, collation, text);
    }
}
