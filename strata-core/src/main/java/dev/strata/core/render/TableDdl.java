package dev.strata.core.render;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Partitioning;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE TABLE} with columns, primary key, uniques and checks inline, in drizzle-kit's layout.
 * Foreign keys, indexes, policies and comments are rendered elsewhere, after every table exists.
 */
final class TableDdl {
    private TableDdl() {
    }

    /** The table, then {@code ALTER TABLE ... ADD} for what cannot be inline (checks never validated). */
    static List<String> create(Table table) {
        Partitioning partitioning = table.partitioning();
        if (partitioning != null && partitioning.parent() != null) {
            return createPartition(table, partitioning);
        }
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(ColumnDdl.definition(c)));
        lines.addAll(constraints(table));
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(Identifiers.qualified(table.name())).append(" (\n");
        sql.append(String.join(",\n", lines.stream().map(line -> "\t" + line).toList()));
        sql.append("\n)");
        if (partitioning != null && partitioning.key() != null) {
            sql.append(" PARTITION BY ").append(partitioning.key());
        }
        List<String> out = new ArrayList<>();
        out.add(sql.append(';').toString());
        out.addAll(unvalidatedChecks(table));
        return out;
    }

    /**
     * A partition takes its columns from the parent, so only the {@code PARTITION OF} line; the model
     * holds just the constraints of its own (not the copies of the parent's), added afterwards.
     */
    private static List<String> createPartition(Table table, Partitioning partitioning) {
        if (partitioning.bound() == null) {
            throw new IllegalArgumentException("partition " + table.name() + " has no partition bound");
        }
        String sql = "CREATE TABLE " + Identifiers.qualified(table.name()) + " PARTITION OF "
                + Identifiers.qualified(partitioning.parent()) + " " + partitioning.bound()
                + (partitioning.key() == null ? "" : " PARTITION BY " + partitioning.key()) + ";";
        List<String> out = new ArrayList<>();
        out.add(sql);
        constraints(table).forEach(c -> out.add(alter(table) + " ADD " + c + ";"));
        out.addAll(unvalidatedChecks(table));
        return out;
    }

    /** Primary key, unique constraints and validated checks, as written inside {@code CREATE TABLE}. */
    private static List<String> constraints(Table table) {
        List<String> out = new ArrayList<>();
        if (table.primaryKey() != null) {
            out.add("CONSTRAINT " + Identifiers.quote(table.primaryKey().name()) + " PRIMARY KEY("
                    + Identifiers.list(table.primaryKey().columns()) + ")");
        }
        for (UniqueConstraint unique : table.uniques()) {
            out.add("CONSTRAINT " + Identifiers.quote(unique.name()) + " UNIQUE"
                    + (unique.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + "(" + Identifiers.list(unique.columns()) + ")");
        }
        for (CheckConstraint check : table.checks()) {
            if (check.validated()) {
                out.add(TypeDdl.check(check));
            }
        }
        return out;
    }

    private static List<String> unvalidatedChecks(Table table) {
        return table.checks().stream().filter(c -> !c.validated())
                .map(c -> alter(table) + " ADD " + TypeDdl.check(c) + " NOT VALID;").toList();
    }

    static String alter(Table table) {
        return "ALTER TABLE " + Identifiers.qualified(table.name());
    }
}
