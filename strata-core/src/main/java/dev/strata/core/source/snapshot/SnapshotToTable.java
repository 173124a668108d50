package dev.strata.core.source.snapshot;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of a snapshot's {@code tables} as a model table; the sequences behind its serial columns are collected
 * in {@code serialSequences}.
 *
 * @param userTypes       enum and domain names by {@code schema.name}, and domains also by bare name
 * @param comments        the extension's comments by target ({@link #comments(List)})
 * @param serialSequences where the sequences of serial columns are added
 */
record SnapshotToTable(Map<String, QualifiedName> userTypes, Map<CommentTarget, String> comments,
                       List<Sequence> serialSequences) {

    Table table(SnapshotTable t, List<SnapshotPolicy> linkedPolicies) {
        QualifiedName name = new QualifiedName(t.schema().isEmpty() ? "public" : t.schema(), t.name());
        List<Column> columns = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        for (SnapshotColumn c : t.columns().values()) {
            columns.add(column(name, c));
            if (c.primaryKey()) {
                pk.add(c.name());
            }
        }
        PrimaryKey primaryKey = pk.isEmpty() ? null : new PrimaryKey(t.name() + "_pkey", pk);
        for (SnapshotPrimaryKey p : t.compositePrimaryKeys().values()) {
            primaryKey = new PrimaryKey(p.name(), p.columns());
        }
        List<Policy> policies = new ArrayList<>();
        t.policies().values().forEach(p -> policies.add(policy(p)));
        linkedPolicies.forEach(p -> policies.add(policy(p)));
        return new Table(name, columns, primaryKey,
                t.uniqueConstraints().values().stream()
                        .map(u -> new UniqueConstraint(u.name(), u.columns(), u.nullsNotDistinct())).toList(),
                t.checkConstraints().values().stream().map(c -> new CheckConstraint(c.name(), c.value(), true)).toList(),
                t.foreignKeys().values().stream().map(SnapshotToTable::foreignKey).toList(),
                t.indexes().values().stream().map(SnapshotToTable::index).toList(),
                policies,
                // the SQL drizzle generates enables RLS on every table with policies, isRLSEnabled or not
                new Table.RowSecurity(t.isRLSEnabled() || !policies.isEmpty(), false),
                comment(name, null), null);
    }

    private Column column(QualifiedName table, SnapshotColumn c) {
        String serialBase = c.typeSchema() == null ? DrizzleTypes.serialBase(c.type()) : null;
        ColumnType type = DrizzleTypes.model(c.type(), userType(c));
        String defaultSql = DrizzleDefaults.sql(c.defaultValue());
        if (serialBase != null) {
            Sequence s = Serials.sequence(table, c.name(), serialBase);
            serialSequences.add(s);
            defaultSql = Serials.nextval(s.name(), false);
        }
        Identity identity = null;
        SnapshotIdentity i = c.identity();
        if (i != null) {
            identity = new Identity(i.type().equals("always"), new QualifiedName(i.schema(), i.name()),
                    DrizzleOptions.options(type.base(), i.increment(), i.startWith(), i.minValue(), i.maxValue(),
                            i.cache(), i.cycle()));
        }
        return new Column(c.name(), type, c.notNull(), defaultSql, identity,
                c.generated() == null ? null : c.generated().as(), null, comment(table, c.name()));
    }

    private QualifiedName userType(SnapshotColumn c) {
        String bare = c.type().replace("[]", "").strip();
        if (c.typeSchema() != null) {
            return new QualifiedName(c.typeSchema(), bare);
        }
        return userTypes.get(bare);
    }

    private String comment(QualifiedName table, String column) {
        return comments.get(new CommentTarget(table.schema(), table.name(), column));
    }

    /** The comments of a snapshot by what they are on, the first of a target winning. */
    static Map<CommentTarget, String> comments(List<StrataExtension.Comment> comments) {
        Map<CommentTarget, String> out = new HashMap<>();
        comments.forEach(c -> out.putIfAbsent(new CommentTarget(c.schema(), c.table(), c.column()), c.text()));
        return out;
    }

    /** A table ({@code column} {@code null}) or a column a comment is on. */
    record CommentTarget(String schema, String table, String column) {
    }

    private static ForeignKey foreignKey(SnapshotForeignKey f) {
        QualifiedName target = new QualifiedName(f.schemaTo() == null || f.schemaTo().isEmpty() ? "public" : f.schemaTo(),
                f.tableTo());
        return new ForeignKey(f.name(), f.columnsFrom(), target, f.columnsTo(), action(f.onDelete()),
                action(f.onUpdate()), false, Deferral.NOT_DEFERRABLE, true);
    }

    private static ReferentialAction action(String label) {
        if (label == null) {
            return ReferentialAction.NO_ACTION;
        }
        for (ReferentialAction a : ReferentialAction.values()) {
            if (a.label().equals(label.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("not a referential action: " + label);
    }

    private static Index index(SnapshotIndex i) {
        List<IndexKey> keys = i.columns().stream().map(c -> new IndexKey(c.expression(), c.isExpression(), !c.asc(),
                c.nulls() == null ? !c.asc() : c.nulls().equals("first"), c.opclass(), null)).toList();
        return new Index(i.name(), i.isUnique(), i.method(), keys, List.of(), i.where(),
                DrizzleOptions.options(i.with(), false), false);
    }

    private static Policy policy(SnapshotPolicy p) {
        return new Policy(p.name(), !"RESTRICTIVE".equals(p.as()), p.forCommand() == null ? "ALL" : p.forCommand(),
                p.to() == null ? List.of("public") : p.to(), p.using(), p.withCheck());
    }
}
