package dev.strata.core.source.snapshot;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Partitioning;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Table;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table's options that drizzle's snapshot has no field for ({@code FORCE ROW LEVEL SECURITY}; {@code MATCH FULL},
 * {@code DEFERRABLE} and {@code NOT VALID} foreign keys; {@code NOT VALID} checks; index {@code INCLUDE} and
 * {@code NULLS NOT DISTINCT}; partitioning) ↔ the {@code "strata"} extension's {@code "tables"} list. Without them, generate, which
 * diffs snapshots, would leave these options out of the migration without a word.
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
                t.foreignKeys().stream().filter(fk -> fk.matchFull() || fk.deferral() != Deferral.NOT_DEFERRABLE || !fk.validated())
                        .map(fk -> new StrataExtension.ForeignKeyOptions(fk.name(), fk.matchFull(), fk.deferral(), !fk.validated()))
                        .toList(),
                t.checks().stream().filter(c -> !c.validated()).map(CheckConstraint::name).toList(),
                t.indexes().stream().filter(i -> !i.include().isEmpty() || i.nullsNotDistinct())
                        .map(i -> new StrataExtension.IndexOptions(i.name(), i.include(), i.nullsNotDistinct())).toList());
    }

    /** {@code t} as read from drizzle's fields, with {@code options} (of the same table) put back. */
    static Table applied(Table t, StrataExtension.TableOptions options) {
        Map<String, StrataExtension.ForeignKeyOptions> fks = byName(options.foreignKeys(), StrataExtension.ForeignKeyOptions::name);
        Map<String, StrataExtension.IndexOptions> indexes = byName(options.indexes(), StrataExtension.IndexOptions::name);
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                t.checks().stream().map(c -> options.notValidChecks().contains(c.name())
                        ? new CheckConstraint(c.name(), c.expression(), false) : c).toList(),
                t.foreignKeys().stream().map(fk -> {
                    StrataExtension.ForeignKeyOptions o = fks.get(fk.name());
                    return o == null ? fk : new ForeignKey(fk.name(), fk.columns(), fk.target(), fk.targetColumns(),
                            fk.onDelete(), fk.onUpdate(), o.matchFull(), o.deferral(), !o.notValid());
                }).toList(),
                t.indexes().stream().map(i -> {
                    StrataExtension.IndexOptions o = indexes.get(i.name());
                    return o == null ? i : new Index(i.name(), i.unique(), i.method(), i.keys(), o.include(), i.where(),
                            i.with(), o.nullsNotDistinct());
                }).toList(),
                t.policies(), new Table.RowSecurity(t.security().enabled(), options.forceRowSecurity()), t.comment(),
                partitioning(options.partitioning()));
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
