package dev.strata.core.source.dsl;

import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A table, made by {@link Dsl#table} or {@link PgSchema#table}. Its columns are reachable by name for foreign keys:
 * {@code users.column("id")} fails at once, naming the table and its columns, when there is no such column.
 */
public final class PgTable {
    private final QualifiedName name;
    private final TableSpec spec;
    private boolean open;

    PgTable(QualifiedName name, Consumer<TableBuilder> definition) {
        this.name = Objects.requireNonNull(name, "name");
        TableBuilder builder = new TableBuilder(this);
        open = true;
        try {
            definition.accept(builder);
        } finally {
            open = false;
        }
        this.spec = builder.freeze();
        if (spec.columns().isEmpty()) {
            throw new IllegalArgumentException("table " + name + " has no columns");
        }
    }

    /** The schema-qualified name. */
    public QualifiedName qualifiedName() {
        return name;
    }

    /** The column called {@code columnName} (as written in the definition). */
    public PgColumn column(String columnName) {
        if (spec == null) {
            throw new IllegalStateException("table " + name + " is still being defined: inside its own definition use "
                    + "the column variables, or t.table() in a references(() -> ...) lambda");
        }
        return spec.columns().stream().filter(c -> c.name().equals(columnName)).map(ColumnSpec::handle)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("table " + name + " has no column \""
                        + columnName + "\" (its columns: " + String.join(", ", columnNames()) + ")"));
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return spec.columns().stream().map(ColumnSpec::name).toList();
    }

    TableSpec spec() {
        return spec;
    }

    void checkOpen(String what) {
        if (!open) {
            throw new IllegalStateException(what + " of table " + name
                    + " can only be changed inside its table(...) definition");
        }
    }

    @Override
    public String toString() {
        return "table " + name;
    }
}
