package dev.strata.core.source.snapshot;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Policy;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One model table as drizzle-kit writes it in {@code tables}.
 *
 * @param enums   the enum types, whose columns carry {@code typeSchema}
 * @param serials the sequences behind serial columns ({@link Serials#find})
 */
record TableToSnapshot(Set<QualifiedName> enums, Map<ColumnRef, Sequence> serials) {

    /** {@code "schema.table"}, drizzle's key for tables, enums, sequences and views. */
    static String key(QualifiedName name) {
        return name.schema() + "." + name.name();
    }

    /** {@code ""} for public, as drizzle writes a table's {@code schema}. */
    static String tableSchema(QualifiedName name) {
        return name.schema().equals("public") ? "" : name.schema();
    }

    SnapshotTable table(Table t) {
        String singlePk = singleColumnPrimaryKey(t);
        Map<String, SnapshotPrimaryKey> composite = new LinkedHashMap<>();
        if (t.primaryKey() != null && singlePk == null) {
            composite.put(t.primaryKey().name(), new SnapshotPrimaryKey(t.primaryKey().name(), t.primaryKey().columns()));
        }
        Map<String, SnapshotColumn> columns = new LinkedHashMap<>();
        t.columns().forEach(c -> columns.put(c.name(), column(t.name(), c, c.name().equals(singlePk))));
        return new SnapshotTable(t.name().name(), tableSchema(t.name()), columns,
                byName(t.indexes(), Index::name, TableToSnapshot::index),
                byName(t.foreignKeys(), ForeignKey::name, f -> foreignKey(t.name(), f)),
                composite,
                byName(t.uniques(), u -> u.name(), u -> new SnapshotUnique(u.name(), u.nullsNotDistinct(), u.columns())),
                byName(t.policies(), Policy::name, TableToSnapshot::policy),
                byName(t.checks(), c -> c.name(), c -> new SnapshotCheck(c.name(), c.expression())),
                // drizzle enables RLS in the SQL of any table with policies but marks only .enableRLS() tables
                t.security().enabled() && t.policies().isEmpty());
    }

    /** The column of a one-column primary key with drizzle's default name {@code <table>_pkey}, else {@code null}. */
    private static String singleColumnPrimaryKey(Table t) {
        var pk = t.primaryKey();
        boolean single = pk != null && pk.columns().size() == 1 && pk.name().equals(t.name().name() + "_pkey");
        return single ? pk.columns().get(0) : null;
    }

    private SnapshotColumn column(QualifiedName table, Column c, boolean primaryKey) {
        boolean serial = serials.containsKey(new ColumnRef(table, c.name()));
        String type = serial ? DrizzleTypes.serialOf(c.type().base()) : DrizzleTypes.drizzle(c.type());
        QualifiedName user = c.type().userType();
        String typeSchema = user != null && enums.contains(user) ? user.schema() : null;
        Identity id = c.identity();
        SnapshotIdentity identity = id == null ? null
                : DrizzleOptions.identity(id.always(), id.sequence().name(), id.sequence().schema(), id.options());
        return new SnapshotColumn(c.name(), type, typeSchema, primaryKey, c.notNull(),
                serial ? null : DrizzleDefaults.snapshot(c.defaultSql(), c.type()),
                c.generated() == null ? null : new SnapshotGenerated(c.generated()), identity);
    }

    private static SnapshotIndex index(Index i) {
        return new SnapshotIndex(i.name(), i.keys().stream().map(TableToSnapshot::indexColumn).toList(), i.unique(),
                i.where(), false, i.method(), DrizzleOptions.with(i.with(), false));
    }

    private static SnapshotIndexColumn indexColumn(IndexKey k) {
        return new SnapshotIndexColumn(k.expression(), k.isExpression(), !k.descending(),
                k.nullsFirst() ? "first" : "last", k.opclass());
    }

    private static SnapshotForeignKey foreignKey(QualifiedName table, ForeignKey f) {
        String schemaTo = f.target().schema().equals("public") ? null : f.target().schema();
        return new SnapshotForeignKey(f.name(), table.name(), f.target().name(), schemaTo, f.columns(),
                f.targetColumns(), f.onDelete().label(), f.onUpdate().label());
    }

    private static SnapshotPolicy policy(Policy p) {
        return new SnapshotPolicy(p.name(), p.permissive() ? "PERMISSIVE" : "RESTRICTIVE", p.command(), p.roles(),
                p.using(), p.withCheck(), null, null);
    }

    static <T, V> Map<String, V> byName(Iterable<T> items, Function<T, String> name, Function<T, V> value) {
        Map<String, V> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(name.apply(i), value.apply(i)));
        return out;
    }
}
