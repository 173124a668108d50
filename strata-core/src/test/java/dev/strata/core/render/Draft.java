package dev.strata.core.render;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A schema under construction for the round-trip generator: plain mutable lists, copied whole between versions. */
final class Draft {
    final List<String> schemas = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    final List<DraftTable> tables = new ArrayList<>();
    final List<View> views = new ArrayList<>();

    /** One table under construction. */
    static final class DraftTable {
        QualifiedName name;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey pk;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> fks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Policy> policies = new ArrayList<>();
        boolean rls;
        String comment;

        DraftTable(QualifiedName name) {
            this.name = name;
        }

        DraftTable copy() {
            DraftTable t = new DraftTable(name);
            t.columns.addAll(columns);
            t.pk = pk;
            t.uniques.addAll(uniques);
            t.checks.addAll(checks);
            t.fks.addAll(fks);
            t.indexes.addAll(indexes);
            t.policies.addAll(policies);
            t.rls = rls;
            t.comment = comment;
            return t;
        }

        Optional<Column> column(String n) {
            return columns.stream().filter(c -> c.name().equals(n)).findFirst();
        }

        void replace(Column old, Column now) {
            columns.set(columns.indexOf(old), now);
        }

        /** True when a key, unique, check, index or foreign key of this table names {@code column}. */
        boolean usesColumn(String column) {
            return pk != null && pk.columns().contains(column)
                    || uniques.stream().anyMatch(u -> u.columns().contains(column))
                    || checks.stream().anyMatch(c -> c.expression().contains(column))
                    || indexes.stream().anyMatch(i -> i.keys().stream().anyMatch(k -> k.expression().equals(column)))
                    || fks.stream().anyMatch(f -> f.columns().contains(column));
        }

        Table build() {
            return new Table(name, columns, pk, uniques, checks, fks, indexes, policies,
                    new Table.RowSecurity(rls, false), comment, null);
        }
    }

    Draft copy() {
        Draft d = new Draft();
        d.schemas.addAll(schemas);
        d.enums.addAll(enums);
        d.sequences.addAll(sequences);
        tables.forEach(t -> d.tables.add(t.copy()));
        d.views.addAll(views);
        return d;
    }

    Optional<DraftTable> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    /** True when a foreign key of another table or a view refers to {@code table}'s {@code column}. */
    boolean referenced(QualifiedName table, String column) {
        return tables.stream().anyMatch(t -> t.fks.stream().anyMatch(f -> f.target().equals(table)
                && f.targetColumns().contains(column)))
                || views.stream().anyMatch(v -> v.definition().contains(" " + table.name() + " ") && column.equals("id"));
    }

    Schema build() {
        List<Sequence> all = new ArrayList<>(sequences);
        for (DraftTable t : tables) {
            for (Column c : t.columns) {
                if (c.defaultSql() != null && c.defaultSql().equals(RandomSchemas.serialDefault(t.name, c.name()))) {
                    all.add(new Sequence(RandomSchemas.serialSequence(t.name, c.name()), "integer",
                            dev.strata.core.model.SequenceOptions.defaults("integer", 1), new ColumnRef(t.name, c.name())));
                }
            }
        }
        return new Schema(schemas, List.of(), enums, List.of(), all, tables.stream().map(DraftTable::build).toList(),
                views, List.of(), List.of());
    }
}
