package dev.strata.core.source.dsl;

import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Partitioning;

import java.util.ArrayList;
import java.util.List;

/**
 * What the lambda of {@code table("name", t -> ...)} receives: column types (inherited from {@link ColumnFactory})
 * and the table-level parts — composite primary key, uniques, checks, foreign keys, indexes, policies, row-level
 * security, comment. It is usable only while the lambda runs.
 */
public final class TableBuilder extends ColumnFactory {
    private final PgTable table;
    private final List<PgColumn> columns = new ArrayList<>();
    private Specs.PrimaryKeySpec primaryKey;
    private final List<UniqueBuilder> uniques = new ArrayList<>();
    private final List<CheckBuilder> checks = new ArrayList<>();
    private final List<ForeignKeyBuilder> foreignKeys = new ArrayList<>();
    private final List<IndexBuilder> indexes = new ArrayList<>();
    private final List<PolicyBuilder> policies = new ArrayList<>();
    private boolean rowSecurity;
    private boolean forceRowSecurity;
    private String comment;
    private Partitioning partitioning;

    TableBuilder(PgTable table) {
        this.table = table;
    }

    @Override
    PgColumn add(String name, ColumnType type, String serial) {
        checkOpen(name);
        if (columns.stream().anyMatch(c -> c.name().equals(name))) {
            throw new IllegalArgumentException("table " + table.qualifiedName() + " declares column \"" + name
                    + "\" twice");
        }
        PgColumn c = new PgColumn(table, name, type, serial);
        columns.add(c);
        return c;
    }

    /** The table being defined, for self-references: {@code t.table()}. */
    public PgTable table() {
        return table;
    }

    /** A composite primary key named {@code <table>_<cols>_pk}. */
    public void primaryKey(PgColumn... keyColumns) {
        primaryKey(null, keyColumns);
    }

    /** A composite primary key with constraint name {@code name} ({@code null} for the default). */
    public void primaryKey(String name, PgColumn... keyColumns) {
        checkOpen("primary key");
        if (keyColumns.length == 0) {
            throw new IllegalArgumentException("primary key of table " + table.qualifiedName() + " has no columns");
        }
        primaryKey = new Specs.PrimaryKeySpec(name, List.of(keyColumns));
    }

    /** A unique constraint named {@code <table>_<cols>_unique}; give its columns with {@code .on(...)}. */
    public UniqueBuilder unique() {
        return unique(null);
    }

    /** A unique constraint named {@code name}. */
    public UniqueBuilder unique(String name) {
        checkOpen("unique");
        UniqueBuilder u = new UniqueBuilder(this, name);
        uniques.add(u);
        return u;
    }

    /** A check constraint: {@code t.check("qty_positive", sql(qty, " > 0"))}. */
    public CheckBuilder check(String name, Sql expression) {
        checkOpen("check");
        CheckBuilder c = new CheckBuilder(this, name, expression);
        checks.add(c);
        return c;
    }

    /** A check constraint from SQL text. */
    public CheckBuilder check(String name, String expression) {
        return check(name, Sql.of(expression));
    }

    /** A foreign key over {@code keyColumns}; give the target with {@code .references(...)}. */
    public ForeignKeyBuilder foreignKey(PgColumn... keyColumns) {
        checkOpen("foreign key");
        ForeignKeyBuilder f = new ForeignKeyBuilder(this, List.of(keyColumns));
        foreignKeys.add(f);
        return f;
    }

    /** An index named {@code <table>_<cols>_index}. */
    public IndexBuilder index() {
        return index(null);
    }

    /** An index named {@code name}. */
    public IndexBuilder index(String name) {
        return addIndex(name, false);
    }

    /** A unique index named {@code <table>_<cols>_index}. */
    public IndexBuilder uniqueIndex() {
        return uniqueIndex(null);
    }

    /** A unique index named {@code name}. */
    public IndexBuilder uniqueIndex(String name) {
        return addIndex(name, true);
    }

    /** A row-level security policy on this table (which also enables row-level security). */
    public PolicyBuilder policy(String name) {
        checkOpen("policy");
        PolicyBuilder p = new PolicyBuilder(() -> checkOpen("policy " + name), name);
        policies.add(p);
        return p;
    }

    /** {@code ENABLE ROW LEVEL SECURITY}. */
    public void enableRls() {
        checkOpen("row level security");
        rowSecurity = true;
    }

    /** {@code FORCE ROW LEVEL SECURITY} (also enables it): the owner is subject to the policies too. */
    public void forceRls() {
        enableRls();
        forceRowSecurity = true;
    }

    /** {@code COMMENT ON TABLE}. */
    public void comment(String text) {
        checkOpen("comment");
        comment = text;
    }

    /** {@code PARTITION BY key}, e.g. {@code "RANGE (at)"}. */
    public void partitionBy(String key) {
        checkOpen("partitioning");
        partitioning = new Partitioning(key, null, null);
    }

    /** {@code PARTITION OF parent bound}, e.g. {@code "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"}. */
    public void partitionOf(PgTable parent, String bound) {
        checkOpen("partitioning");
        partitioning = new Partitioning(null, parent.qualifiedName(), bound);
    }

    private IndexBuilder addIndex(String name, boolean unique) {
        checkOpen("index");
        IndexBuilder i = new IndexBuilder(this, name, unique);
        indexes.add(i);
        return i;
    }

    void checkOpen(String what) {
        table.checkOpen(what);
    }

    TableSpec freeze() {
        return new TableSpec(columns.stream().map(PgColumn::spec).toList(), primaryKey,
                uniques.stream().map(UniqueBuilder::spec).toList(),
                checks.stream().map(CheckBuilder::spec).toList(),
                foreignKeys.stream().map(ForeignKeyBuilder::spec).toList(),
                indexes.stream().map(IndexBuilder::spec).toList(),
                policies.stream().map(PolicyBuilder::spec).toList(),
                rowSecurity, forceRowSecurity, comment, partitioning);
    }
}
