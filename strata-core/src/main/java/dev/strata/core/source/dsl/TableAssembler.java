package dev.strata.core.source.dsl;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One DSL table as the model's, with Drizzle's default names where none was given.
 *
 * @param names   final names
 * @param columns column conversion (collects serial sequences)
 * @param members the tables of the schema, by identity: foreign keys may point only at these
 */
record TableAssembler(Names names, ColumnAssembler columns, Set<PgTable> members) {

    Table table(PgTable table, List<PgPolicy> linked) {
        QualifiedName name = table.qualifiedName();
        TableSpec spec = table.spec();
        Parts parts = new Parts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        spec.columns().forEach(c -> columnParts(table, c, parts));
        PrimaryKey primaryKey = parts.pk().isEmpty() ? null : new PrimaryKey(name.name() + "_pkey", parts.pk());
        if (spec.primaryKey() != null) {
            List<PgColumn> keys = own(table, spec.primaryKey().columns(), "primary key");
            primaryKey = new PrimaryKey(spec.primaryKey().name() == null ? names.primaryKey(name, keys)
                    : spec.primaryKey().name(), names.columns(keys));
        }
        for (Specs.UniqueSpec u : spec.uniques()) {
            List<PgColumn> keys = own(table, u.columns(), "unique constraint");
            parts.uniques().add(new UniqueConstraint(u.name() == null ? names.unique(name, keys) : u.name(),
                    names.columns(keys), u.nulls() == Nulls.NOT_DISTINCT));
        }
        for (Specs.ForeignKeySpec f : spec.foreignKeys()) {
            List<PgColumn> from = own(table, f.columns(), "foreign key");
            List<PgColumn> to = f.targets().get().stream()
                    .map(t -> resolve(t, "foreign key " + (f.name() == null ? "" : f.name() + " ") + "of " + name))
                    .toList();
            parts.foreignKeys().add(foreignKey(table, f.name(), from, to, null, f));
        }
        List<Policy> policies = new ArrayList<>(spec.policies().stream().map(this::policy).toList());
        linked.forEach(p -> policies.add(policy(p.spec())));
        return new Table(name, parts.columns(), primaryKey, parts.uniques(),
                spec.checks().stream().map(c -> new CheckConstraint(c.name(), c.expression().render(names::qualified),
                        c.validated())).toList(),
                parts.foreignKeys(), spec.indexes().stream().map(i -> index(table, i)).toList(), policies,
                new Table.RowSecurity(spec.rowSecurity() || !policies.isEmpty(), spec.forceRowSecurity()),
                spec.comment(), spec.partitioning());
    }

    /** What the columns contribute: themselves, and their inline primary key, uniques and references. */
    private record Parts(List<Column> columns, List<String> pk, List<UniqueConstraint> uniques,
                         List<ForeignKey> foreignKeys) {
    }

    private void columnParts(PgTable table, ColumnSpec c, Parts parts) {
        QualifiedName name = table.qualifiedName();
        parts.columns().add(columns.column(name, c));
        String col = names.column(c.handle());
        if (c.primaryKey()) {
            parts.pk().add(col);
        }
        if (c.unique()) {
            parts.uniques().add(new UniqueConstraint(c.uniqueName() == null ? names.unique(name, List.of(c.handle()))
                    : c.uniqueName(), List.of(col), c.uniqueNulls() == Nulls.NOT_DISTINCT));
        }
        for (ColumnReference r : c.references()) {
            PgColumn target = resolve(r.target().get(), "column " + name + "." + col);
            parts.foreignKeys().add(foreignKey(table, null, List.of(c.handle()), List.of(target), r, null));
        }
    }

    private ForeignKey foreignKey(PgTable table, String name, List<PgColumn> from, List<PgColumn> to,
                                  ColumnReference column, Specs.ForeignKeySpec spec) {
        if (to.isEmpty() || to.stream().map(PgColumn::table).distinct().count() != 1) {
            throw new IllegalArgumentException("foreign key " + (name == null ? "" : name + " ") + "of table "
                    + table.qualifiedName() + " must reference columns of one table, got " + to);
        }
        String fkName = name != null ? name : names.foreignKey(table.qualifiedName(), from, to);
        QualifiedName target = to.get(0).table().qualifiedName();
        return column != null
                ? new ForeignKey(fkName, names.columns(from), target, names.columns(to), column.onDelete(),
                        column.onUpdate(), false, dev.strata.core.model.Deferral.NOT_DEFERRABLE, true)
                : new ForeignKey(fkName, names.columns(from), target, names.columns(to), spec.onDelete(),
                        spec.onUpdate(), spec.matchFull(), spec.deferral(), spec.validated());
    }

    private PgColumn resolve(PgColumn target, String what) {
        if (target == null) {
            throw new IllegalArgumentException(what + " references null: the target table is not initialised yet;"
                    + " use references(() -> other.column(\"...\"))");
        }
        if (!members.contains(target.table())) {
            throw new IllegalArgumentException(what + " references " + target + ", but table "
                    + target.table().qualifiedName() + " is not part of the schema: declare it as a public static field");
        }
        return target;
    }

    private static List<PgColumn> own(PgTable table, List<PgColumn> cols, String what) {
        for (PgColumn c : cols) {
            if (c.table() != table) {
                throw new IllegalArgumentException(what + " of table " + table.qualifiedName() + " uses column " + c
                        + " of another table");
            }
        }
        return cols;
    }

    private Index index(PgTable table, Specs.IndexSpec i) {
        List<IndexKey> keys = new ArrayList<>();
        List<PgColumn> plain = new ArrayList<>();
        for (IndexTerm k : i.keys()) {
            if (k.expression() instanceof PgColumn c) {
                own(table, List.of(c), "index " + (i.name() == null ? "" : i.name()));
                plain.add(c);
                keys.add(new IndexKey(names.column(c), false, k.descending(), k.nullsAreFirst(), k.opclass(), k.collation()));
            } else {
                keys.add(new IndexKey(((Sql) k.expression()).render(names::bare), true, k.descending(),
                        k.nullsAreFirst(), k.opclass(), k.collation()));
            }
        }
        String name = i.name();
        if (name == null) {
            if (plain.size() != keys.size()) {
                throw new IllegalArgumentException("an index on an expression of table " + table.qualifiedName()
                        + " needs a name: index(\"...\")");
            }
            name = names.index(table.qualifiedName(), plain);
        }
        return new Index(name, i.unique(), i.method(), keys, names.columns(i.include()),
                i.where() == null ? null : i.where().render(names::qualified), i.with(), i.nullsNotDistinct());
    }

    private Policy policy(Specs.PolicySpec p) {
        return new Policy(p.name(), p.permissive(), p.command(), p.roles(),
                p.using() == null ? null : p.using().render(names::qualified),
                p.withCheck() == null ? null : p.withCheck().render(names::qualified));
    }
}
