package dev.strata.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with everything that hangs off it.
 *
 * @param name         qualified name
 * @param columns      columns in table order
 * @param primaryKey   the primary key, or {@code null}
 * @param uniques      unique constraints
 * @param checks       check constraints
 * @param foreignKeys  foreign keys
 * @param indexes      indexes not owned by a constraint
 * @param policies     row-level security policies
 * @param security     row-level security switches
 * @param comment      {@code COMMENT ON TABLE}, or {@code null}
 * @param partitioning partitioning, or {@code null} for a plain table
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes,
                    List<Policy> policies, RowSecurity security, String comment, Partitioning partitioning) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        policies = List.copyOf(policies);
        security = security == null ? RowSecurity.OFF : security;
    }

    /** Row-level security: {@code ENABLE} and {@code FORCE}. */
    public record RowSecurity(boolean enabled, boolean forced) {
        public static final RowSecurity OFF = new RowSecurity(false, false);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** This table with lists in name order and every SQL text in canonical spelling; columns keep table order. */
    Table normalized() {
        return new Table(name,
                columns.stream().map(c -> c.withDefault(Defaults.normalize(c.defaultSql()))).toList(),
                primaryKey,
                sorted(uniques, Comparator.comparing(UniqueConstraint::name)),
                sorted(checks, Comparator.comparing(CheckConstraint::name)),
                sorted(foreignKeys, Comparator.comparing(ForeignKey::name)),
                sorted(indexes, Comparator.comparing(Index::name)),
                sorted(policies, Comparator.comparing(Policy::name)),
                security, comment, partitioning);
    }

    static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        return items.stream().sorted(order).toList();
    }
}
