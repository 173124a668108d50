package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.Partitioning;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** Tables and their columns: create, drop, rename, add and drop columns. */
final class TableSql {
    private TableSql() {
    }

    /** The statements for {@code change}, or {@code null} when it is not a table or column-list change. */
    static List<String> of(Change change) {
        if (change instanceof Change.CreateTable c && c.table().partitioning() != null && c.table().partitioning().parent() != null) {
            return createPartition(c.table());
        }
        if (change instanceof Change.CreateTable c) {
            return withComments(create(c.table()), CommentDdl.on(c.table()));
        }
        if (change instanceof Change.DropTable c) {
            return List.of("DROP TABLE " + DrizzleStyle.table(c.table().name()) + " CASCADE;");
        }
        if (change instanceof Change.RenameTable c) {
            return List.of(DrizzleStyle.alter(c.from()) + " RENAME TO " + Identifiers.quote(c.to()) + ";");
        }
        if (change instanceof Change.AddColumn c) {
            return withComments(DrizzleStyle.alter(c.table()) + " ADD COLUMN "
                    + DrizzleStyle.column(c.table(), c.column(), c.primaryKey()) + ";", CommentDdl.on(c.table(), c.column()));
        }
        if (change instanceof Change.DropColumn c) {
            return List.of(DrizzleStyle.alter(c.table()) + " DROP COLUMN " + Identifiers.quote(c.column().name()) + ";");
        }
        if (change instanceof Change.RenameColumn c) {
            return List.of(DrizzleStyle.alter(c.table()) + " RENAME COLUMN " + Identifiers.quote(c.from()) + " TO "
                    + Identifiers.quote(c.to()) + ";");
        }
        return null;
    }

    /**
     * {@code CREATE TABLE} in drizzle-kit's layout: one tab-indented line per column, a one-column primary key
     * named {@code <table>_pkey} inline, other keys, uniques and checks as constraint lines; ends with a newline.
     */
    /** A creating statement followed by the new object's comments. */
    static List<String> withComments(String create, List<String> comments) {
        List<String> out = new ArrayList<>(comments.size() + 1);
        out.add(create);
        out.addAll(comments);
        return out;
    }

    static String create(Table table) {
        PrimaryKey pk = table.primaryKey();
        boolean inline = pk != null && pk.columns().size() == 1 && pk.name().equals(table.name().name() + "_pkey");
        List<String> lines = new ArrayList<>();
        for (Column c : table.columns()) {
            lines.add(DrizzleStyle.column(table.name(), c, inline && pk.columns().get(0).equals(c.name())));
        }
        if (pk != null && !inline) {
            lines.add("CONSTRAINT " + Identifiers.quote(pk.name()) + " PRIMARY KEY(" + Identifiers.list(pk.columns()) + ")");
        }
        table.uniques().forEach(u -> lines.add(unique(u)));
        table.checks().forEach(c -> lines.add(TypeDdl.check(c)));
        String partitionBy = table.partitioning() == null || table.partitioning().key() == null ? ""
                : " PARTITION BY " + table.partitioning().key();
        return "CREATE TABLE " + DrizzleStyle.table(table.name()) + " (\n\t" + String.join(",\n\t", lines) + "\n)"
                + partitionBy + ";\n";
    }

    /**
     * A partition takes its columns from its table: {@code CREATE TABLE ... PARTITION OF}, then the keys, uniques and
     * checks of its own.
     */
    private static List<String> createPartition(Table table) {
        Partitioning p = table.partitioning();
        if (p.bound() == null) {
            throw new IllegalArgumentException("partition " + table.name() + " has no partition bound");
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE " + DrizzleStyle.table(table.name()) + " PARTITION OF " + DrizzleStyle.table(p.parent()) + " "
                + p.bound() + (p.key() == null ? "" : " PARTITION BY " + p.key()) + ";");
        PrimaryKey pk = table.primaryKey();
        if (pk != null) {
            out.add(DrizzleStyle.alter(table.name()) + " ADD CONSTRAINT " + Identifiers.quote(pk.name()) + " PRIMARY KEY("
                    + Identifiers.list(pk.columns()) + ");");
        }
        table.uniques().forEach(u -> out.add(DrizzleStyle.alter(table.name()) + " ADD " + unique(u) + ";"));
        table.checks().forEach(c -> out.add(DrizzleStyle.alter(table.name()) + " ADD " + TypeDdl.check(c) + ";"));
        out.addAll(CommentDdl.on(table));
        return out;
    }

    static String unique(UniqueConstraint u) {
        return "CONSTRAINT " + Identifiers.quote(u.name()) + " UNIQUE" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                + "(" + Identifiers.list(u.columns()) + ")";
    }

    static String check(CheckConstraint c) {
        return TypeDdl.check(c);
    }
}
