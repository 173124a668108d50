package dev.strata.core.render;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Partitioning;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** A test-only way to build a {@link Table} one part at a time. */
final class Tables {
    private final QualifiedName name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private Table.RowSecurity security;
    private String comment;
    private Partitioning partitioning;

    private Tables(QualifiedName name) {
        this.name = name;
    }

    static Tables table(String schema, String name) {
        return new Tables(QualifiedName.of(schema, name));
    }

    Tables column(Column column) {
        columns.add(column);
        return this;
    }

    Tables column(String columnName, String type, boolean notNull) {
        return column(Column.of(columnName, ColumnType.of(type), notNull));
    }

    Tables primaryKey(String pkName, String... pkColumns) {
        primaryKey = new PrimaryKey(pkName, List.of(pkColumns));
        return this;
    }

    Tables unique(UniqueConstraint unique) {
        uniques.add(unique);
        return this;
    }

    Tables check(String checkName, String expression, boolean validated) {
        checks.add(new CheckConstraint(checkName, expression, validated));
        return this;
    }

    Tables foreignKey(ForeignKey fk) {
        foreignKeys.add(fk);
        return this;
    }

    Tables index(Index index) {
        indexes.add(index);
        return this;
    }

    Tables policy(Policy policy) {
        policies.add(policy);
        return this;
    }

    Tables security(boolean enabled, boolean forced) {
        security = new Table.RowSecurity(enabled, forced);
        return this;
    }

    Tables comment(String text) {
        comment = text;
        return this;
    }

    Tables partitioning(Partitioning value) {
        partitioning = value;
        return this;
    }

    Table build() {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, policies, security, comment,
                partitioning);
    }
}
