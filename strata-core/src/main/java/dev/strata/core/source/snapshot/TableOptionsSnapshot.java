package dev.strata.core.source.snapshot;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Partitioning;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table's options that drizzle's snapshot has no field for ({@code FORCE ROW LEVEL SECURITY}; column collations;
 * {@code MATCH FULL}, {@code DEFERRABLE} and {@code NOT VALID} foreign keys; {@code NOT VALID} checks; index
 * {@code INCLUDE}, {@code NULLS NOT DISTINCT} and key collations; partitioning) ↔ the {@code "strata"} extension's
 * {@code "tables"} list. Without them, generate, which diffs snapshots, would leave these options out of the migration
 * without a word.
 */
final class TableOptionsSnapshot {
    private TableOptionsSnapshot() {
    }

    /** The options of every table that has some, in table name order. */
    static List<StrataExtension.TableOptions> of(List<Table> tables) {
        return tables.stream().sorted(Comparator.comparing(Table::name)).map(TableOptionsSnapshot::options)
                .filter(o -> !o.isEmpty()).toList();
    }

    private static StrataExtension.TableOptions options(Table t) {
        Partitioning p = t.partitioning();
        return new StrataExtension.TableOptions(t.name().schema(), t.name().name(), t.security().forced(),
                p == null ? null : new StrataExtension.Partitioning(p.key(), p.parent() == null ? null : p.parent().toString(),
                        p.bound()),
                t.columns().stream().filter(c -> c.collation() != null)
                        .map(c -> new StrataExtension.ColumnCollation(c.name(), c.collation())).toList(),
                t.foreignKeys().stream().filter(fk -> fk.matchFull() || fk.deferral() != Deferral.NOT_DEFERRABLE || !fk.validated())
                        .map(fk -> new StrataExtension.ForeignKeyOptions(fk.name(), fk.matchFull(), fk.deferral(), !fk.validated()))
                        .toList(),
                t.checks().stream().filter(c -> !c.validated()).map(CheckConstraint::name).toList(),
                t.indexes().stream().map(TableOptionsSnapshot::indexOptions).filter(Objects::nonNull).toList());
    }

    /** The options of {@code i}, or {@code null} when it has none. */
    private static StrataExtension.IndexOptions indexOptions(Index i) {
        boolean collated = i.keys().stream().anyMatch(k -> k.collation() != null);
        if (i.include().isEmpty() && !i.nullsNotDistinct() && !collated) {
            return null;
        }
        return new StrataExtension.IndexOptions(i.name(), i.include(), i.nullsNotDistinct(),
                collated ? i.keys().stream().map(IndexKey::collation).toList() : List.of());
    }

    /** {@code t} as read from drizzle's fields, with {@code options} (of the same table) put back. */
    static Table applied(Table t, StrataExtension.TableOptions options) {
        Map<String, StrataExtension.ForeignKeyOptions> fks = byName(options.foreignKeys(), StrataExtension.ForeignKeyOptions::name);
        Map<String, StrataExtension.IndexOptions> indexes = byName(options.indexes(), StrataExtension.IndexOptions::name);
        Map<String, StrataExtension.ColumnCollation> collations = byName(options.columns(), StrataExtension.ColumnCollation::name);
        return new Table(t.name(), t.columns().stream().map(c -> collated(c, collations.get(c.name()))).toList(),
                t.primaryKey(), t.uniques(),
                t.checks().stream().map(c -> options.notValidChecks().contains(c.name())
                        ? new CheckConstraint(c.name(), c.expression(), false) : c).toList(),
                t.foreignKeys().stream().map(fk -> {
                    StrataExtension.ForeignKeyOptions o = fks.get(fk.name());
                    return o == null ? fk : new ForeignKey(fk.name(), fk.columns(), fk.target(), fk.targetColumns(),
                            fk.onDelete(), fk.onUpdate(), o.matchFull(), o.deferral(), !o.notValid());
                }).toList(),
                t.indexes().stream().map(i -> {
                    StrataExtension.IndexOptions o = indexes.get(i.name());
                    return o == null ? i : new Index(i.name(), i.unique(), i.method(), collated(i.keys(), o.collations()),
                            o.include(), i.where(), i.with(), o.nullsNotDistinct());
                }).toList(),
                t.policies(), new Table.RowSecurity(t.security().enabled(), options.forceRowSecurity()), t.comment(),
                partitioning(options.partitioning()));
    }

    private static Column collated(Column c, StrataExtension.ColumnCollation o) {
        return o == null ? c : new Column(c.name(), c.type(), c.notNull(), c.defaultSql(), c.identity(), c.generated(),
                o.collation(), c.comment());
    }

    /** {@code keys} with the collation at the same position of {@code collations}, where there is one. */
    private static List<IndexKey> collated(List<IndexKey> keys, List<String> collations) {
        List<IndexKey> out = new ArrayList<>(keys);
        for (int k = 0; k < Math.min(keys.size(), collations.size()); k++) {
            IndexKey key = keys.get(k);
            if (collations.get(k) != null) {
                out.set(k, new IndexKey(key.expression(), key.isExpression(), key.descending(), key.nullsFirst(),
                        key.opclass(), collations.get(k)));
            }
        }
        return out;
    }

    private static Partitioning partitioning(StrataExtension.Partitioning p) {
        if (p == null) {
            return null;
        }
        QualifiedName parent = null;
        if (p.partitionOf() != null) {
            int dot = p.partitionOf().indexOf('.');
            parent = QualifiedName.of(p.partitionOf().substring(0, dot), p.partitionOf().substring(dot + 1));
        }
        return new Partitioning(p.partitionBy(), parent, p.bound());
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, x -> x, (x, y) -> x));
    }
}
