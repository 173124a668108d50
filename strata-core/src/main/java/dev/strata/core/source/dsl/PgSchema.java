package dev.strata.core.source.dsl;

import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A PostgreSQL schema (namespace) other than {@code public}, like Drizzle's {@code pgSchema("billing")}; declare it
 * as a field so that it is created, and make its objects through it: {@code billing.table("invoices", t -> ...)}.
 *
 * @param name the schema name
 */
public record PgSchema(String name) {
    public PgSchema {
        Objects.requireNonNull(name, "name");
        if (name.equals("public")) {
            throw new IllegalArgumentException("pgSchema(\"public\"): public is the default; use table(...) directly");
        }
    }

    /** A table in this schema. */
    public PgTable table(String tableName, Consumer<TableBuilder> definition) {
        return new PgTable(new QualifiedName(name, tableName), definition);
    }

    /** An enum type in this schema. */
    public PgEnum enumType(String enumName, String... values) {
        return new PgEnum(new QualifiedName(name, enumName), List.of(values));
    }

    /** A sequence in this schema with default numbers. */
    public PgSequence sequence(String sequenceName) {
        return sequence(sequenceName, s -> { });
    }

    /** A sequence in this schema. */
    public PgSequence sequence(String sequenceName, Consumer<SequenceSettings> options) {
        return Dsl.sequence(new QualifiedName(name, sequenceName), options);
    }

    /** A view in this schema; give its query with {@code .as(...)}. */
    public PgView view(String viewName) {
        return new PgView(new QualifiedName(name, viewName), null, false, Map.of(), true, false, null);
    }

    /** A materialized view in this schema. */
    public PgView materializedView(String viewName) {
        return new PgView(new QualifiedName(name, viewName), null, true, Map.of(), true, false, null);
    }
}
