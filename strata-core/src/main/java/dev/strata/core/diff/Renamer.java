package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies one answered rename to the old schema, everywhere the name is used (column types, foreign key targets,
 * key and index columns, sequence owners), so that the rest of the diff sees the object under its new name —
 * just as PostgreSQL carries the references along on {@code RENAME}.
 */
final class Renamer {
    private Renamer() {
    }

    static Schema renameEnum(Schema s, QualifiedName from, String to) {
        QualifiedName target = QualifiedName.of(from.schema(), to);
        List<EnumType> enums = s.enums().stream()
                .map(e -> e.name().equals(from) ? new EnumType(target, e.values()) : e).toList();
        List<Table> tables = s.tables().stream().map(t -> mapColumns(t, c -> {
            ColumnType type = c.type();
            return from.equals(type.userType())
                    ? withType(c, new ColumnType(to, type.dimensions(), target)) : c;
        })).toList();
        return new Schema(s.schemas(), s.extensions(), enums, s.domains(), s.sequences(), tables, s.views(),
                s.functions(), s.triggers());
    }

    /** Every name in schema {@code from} moved to {@code to}, throughout the model, as {@code ALTER SCHEMA} does. */
    static Schema renameSchema(Schema s, String from, String to) {
        Schema moved = (Schema) moved(s, from, to);
        // a serial column's default names its sequence in text, nextval('app.t_id_seq'::regclass), as PostgreSQL
        // prints it after the rename; the diff recognises serial columns by that text
        String was = "nextval('" + regclassSchema(from) + ".";
        String now = "nextval('" + regclassSchema(to) + ".";
        List<Table> tables = moved.tables().stream().map(t -> mapColumns(t, c -> c.defaultSql() != null
                && c.defaultSql().contains(was) ? c.withDefault(c.defaultSql().replace(was, now)) : c)).toList();
        return new Schema(moved.schemas().stream().map(n -> n.equals(from) ? to : n).toList(), moved.extensions(),
                moved.enums(), moved.domains(), moved.sequences(), tables, moved.views(), moved.functions(),
                moved.triggers());
    }

    /** A schema name as it stands in a {@code regclass} literal: quoted only when it needs to be. */
    private static String regclassSchema(String schema) {
        return schema.matches("[a-z_][a-z0-9_$]*") ? schema : "\"" + schema.replace("\"", "\"\"") + "\"";
    }

    /**
     * {@code value} with every {@link QualifiedName} (and extension schema) in {@code from} moved to {@code to}: the
     * model's records are walked through their components, so a name held anywhere (a column's enum, a foreign
     * key's target, a sequence's owner, a trigger's table) moves, including in kinds added later.
     */
    private static Object moved(Object value, String from, String to) {
        if (value instanceof QualifiedName q) {
            return q.schema().equals(from) ? QualifiedName.of(to, q.name()) : q;
        }
        if (value instanceof Extension e) {
            return e.schema().equals(from) ? new Extension(e.name(), to) : e;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(moved(v, from, to)));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, moved(v, from, to)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof Record record) {
            return movedRecord(record, from, to);
        }
        return value;
    }

    private static Record movedRecord(Record record, String from, String to) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = moved(components[i].getAccessor().invoke(record), from, to);
                types[i] = components[i].getType();
            }
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName() + " for a schema rename", e);
        }
    }

    static Schema renameView(Schema s, QualifiedName from, String to) {
        QualifiedName target = QualifiedName.of(from.schema(), to);
        List<View> views = s.views().stream().map(v -> v.name().equals(from) ? new View(target, v.definition(),
                v.materialized(), v.options(), v.withData(), v.comment()) : v).toList();
        return new Schema(s.schemas(), s.extensions(), s.enums(), s.domains(), s.sequences(), s.tables(), views,
                s.functions(), s.triggers());
    }

    static Schema renameSequence(Schema s, QualifiedName from, String to) {
        QualifiedName target = QualifiedName.of(from.schema(), to);
        List<Sequence> sequences = s.sequences().stream().map(q -> q.name().equals(from)
                ? new Sequence(target, q.dataType(), q.options(), q.ownedBy()) : q).toList();
        return new Schema(s.schemas(), s.extensions(), s.enums(), s.domains(), sequences, s.tables(), s.views(),
                s.functions(), s.triggers());
    }

    static Schema renameTable(Schema s, QualifiedName from, String to) {
        QualifiedName target = QualifiedName.of(from.schema(), to);
        List<Table> tables = s.tables().stream().map(t -> {
            Table named = t.name().equals(from) ? withName(t, target) : t;
            return withForeignKeys(named, t.foreignKeys().stream().map(fk -> fk.target().equals(from)
                    ? new ForeignKey(fk.name(), fk.columns(), target, fk.targetColumns(), fk.onDelete(), fk.onUpdate(),
                    fk.matchFull(), fk.deferral(), fk.validated()) : fk).toList());
        }).toList();
        List<Sequence> sequences = s.sequences().stream().map(q -> q.ownedBy() != null && q.ownedBy().table().equals(from)
                ? new Sequence(q.name(), q.dataType(), q.options(), new ColumnRef(target, q.ownedBy().column())) : q).toList();
        return new Schema(s.schemas(), s.extensions(), s.enums(), s.domains(), sequences, tables, s.views(),
                s.functions(), s.triggers());
    }

    static Schema renameColumn(Schema s, ColumnRef from, String to) {
        UnaryOperator<String> rename = n -> n.equals(from.column()) ? to : n;
        List<Table> tables = s.tables().stream().map(t -> {
            Table out = t;
            if (t.name().equals(from.table())) {
                out = ownColumnRenamed(mapColumns(t, c -> c.name().equals(from.column()) ? withName(c, to) : c), rename);
            }
            return withForeignKeys(out, out.foreignKeys().stream().map(fk -> fk.target().equals(from.table())
                    ? new ForeignKey(fk.name(), fk.columns(), fk.target(), fk.targetColumns().stream().map(rename).toList(),
                    fk.onDelete(), fk.onUpdate(), fk.matchFull(), fk.deferral(), fk.validated()) : fk).toList());
        }).toList();
        List<Sequence> sequences = s.sequences().stream().map(q -> from.equals(q.ownedBy())
                ? new Sequence(q.name(), q.dataType(), q.options(), new ColumnRef(from.table(), to)) : q).toList();
        return new Schema(s.schemas(), s.extensions(), s.enums(), s.domains(), sequences, tables, s.views(),
                s.functions(), s.triggers());
    }

    private static Table ownColumnRenamed(Table t, UnaryOperator<String> rename) {
        PrimaryKey pk = t.primaryKey() == null ? null
                : new PrimaryKey(t.primaryKey().name(), t.primaryKey().columns().stream().map(rename).toList());
        List<UniqueConstraint> uniques = t.uniques().stream().map(u -> new UniqueConstraint(u.name(),
                u.columns().stream().map(rename).toList(), u.nullsNotDistinct())).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(),
                fk.columns().stream().map(rename).toList(), fk.target(), fk.targetColumns(), fk.onDelete(),
                fk.onUpdate(), fk.matchFull(), fk.deferral(), fk.validated())).toList();
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.unique(), i.method(),
                i.keys().stream().map(k -> k.isExpression() ? k : new IndexKey(rename.apply(k.expression()), false,
                        k.descending(), k.nullsFirst(), k.opclass(), k.collation())).toList(),
                i.include().stream().map(rename).toList(), i.where(), i.with(), i.nullsNotDistinct())).toList();
        return new Table(t.name(), t.columns(), pk, uniques, t.checks(), fks, indexes, t.policies(), t.security(),
                t.comment(), t.partitioning());
    }

    static Table mapColumns(Table t, UnaryOperator<Column> f) {
        return new Table(t.name(), t.columns().stream().map(f).toList(), t.primaryKey(), t.uniques(), t.checks(),
                t.foreignKeys(), t.indexes(), t.policies(), t.security(), t.comment(), t.partitioning());
    }

    private static Table withName(Table t, QualifiedName name) {
        return new Table(name, t.columns(), t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), t.indexes(),
                t.policies(), t.security(), t.comment(), t.partitioning());
    }

    private static Table withForeignKeys(Table t, List<ForeignKey> fks) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.checks(), fks, t.indexes(),
                t.policies(), t.security(), t.comment(), t.partitioning());
    }

    static Column withType(Column c, ColumnType type) {
        return new Column(c.name(), type, c.notNull(), c.defaultSql(), c.identity(), c.generated(), c.collation(), c.comment());
    }

    private static Column withName(Column c, String name) {
        return new Column(name, c.type(), c.notNull(), c.defaultSql(), c.identity(), c.generated(), c.collation(), c.comment());
    }
}
