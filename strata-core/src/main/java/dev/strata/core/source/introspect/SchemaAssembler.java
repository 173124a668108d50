package dev.strata.core.source.introspect;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Function;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Partitioning;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.Trigger;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts the rows of the catalog queries together into one {@link Schema}. */
final class SchemaAssembler {
    private final Map<Long, RelationRow> relations = new LinkedHashMap<>();
    private final Map<Long, List<Column>> columns = new HashMap<>();
    private final Map<Long, TableParts> parts = new HashMap<>();
    private final List<Sequence> sequences = new ArrayList<>();

    SchemaAssembler(List<RelationRow> relationRows, List<ColumnRow> columnRows, List<SequenceRow> sequenceRows) {
        relationRows.forEach(r -> relations.put(r.oid(), r));
        Map<ColumnRef, SequenceRow> identitySequences = new HashMap<>();
        for (SequenceRow s : sequenceRows) {
            if (s.ownerKind() == 'i') {
                identitySequences.put(s.owner(), s);
            } else {
                sequences.add(new Sequence(s.name(), s.dataType(), s.options(), s.ownerKind() == 'a' ? s.owner() : null));
            }
        }
        for (ColumnRow c : columnRows) {
            RelationRow relation = relations.get(c.relation());
            if (relation == null) {
                continue;
            }
            Identity identity = null;
            if (c.identity() == 'a' || c.identity() == 'd') {
                SequenceRow s = identitySequences.get(new ColumnRef(relation.name(), c.name()));
                identity = new Identity(c.identity() == 'a', s.name(), s.options());
            }
            columns.computeIfAbsent(c.relation(), k -> new ArrayList<>()).add(new Column(c.name(), c.type(), c.notNull(),
                    c.defaultSql(), identity, c.generated(), c.collation(), c.comment()));
        }
    }

    /** The constraint, index and policy lists of one table while they are being collected. */
    private record TableParts(List<PrimaryKey> primaryKey, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                              List<ForeignKey> foreignKeys, List<Index> indexes, List<Policy> policies) {
        TableParts() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private TableParts parts(long relation) {
        return parts.computeIfAbsent(relation, k -> new TableParts());
    }

    void addConstraints(List<ConstraintRow> rows, ColumnNames names) {
        for (ConstraintRow c : rows) {
            TableParts p = parts(c.relation());
            List<String> columnNames = names.of(c.relation(), c.columns());
            switch (c.type()) {
                case 'p' -> p.primaryKey().add(new PrimaryKey(c.name(), columnNames));
                case 'u' -> p.uniques().add(new UniqueConstraint(c.name(), columnNames, c.nullsNotDistinct()));
                case 'c' -> p.checks().add(CheckDefinition.parse(c.name(), c.definition()));
                case 'f' -> p.foreignKeys().add(new ForeignKey(c.name(), columnNames, c.target(),
                        names.of(c.targetRelation(), c.targetColumns()),
                        ReferentialAction.ofCode(String.valueOf(c.onDelete())), ReferentialAction.ofCode(String.valueOf(c.onUpdate())),
                        c.matchFull(), Deferral.of(c.deferrable(), c.deferred()), c.validated()));
                default -> throw new IllegalStateException("unexpected constraint type " + c.type());
            }
        }
    }

    void addIndexes(List<IndexRow> indexRows, List<IndexKeyRow> keyRows) {
        Map<Long, List<IndexKeyRow>> keysByIndex = keyRows.stream()
                .collect(Collectors.groupingBy(IndexKeyRow::index));
        for (IndexRow i : indexRows) {
            List<IndexKey> keys = new ArrayList<>();
            List<String> include = new ArrayList<>();
            for (IndexKeyRow k : keysByIndex.getOrDefault(i.oid(), List.of())) {
                if (k.position() > i.keyCount()) {
                    include.add(k.column());
                } else if (k.column() != null) {
                    keys.add(new IndexKey(k.column(), false, k.descending(), k.nullsFirst(), k.opclass(), k.collation()));
                } else {
                    keys.add(new IndexKey(k.definition(), true, k.descending(), k.nullsFirst(), k.opclass(), k.collation()));
                }
            }
            parts(i.relation()).indexes().add(new Index(i.name(), i.unique(), i.method(), keys, include, i.where(), i.with(),
                    i.nullsNotDistinct()));
        }
    }

    void addPolicies(List<PolicyRow> rows) {
        rows.forEach(r -> parts(r.relation()).policies().add(r.policy()));
    }

    Schema schema(List<String> schemas, List<Extension> extensions, List<EnumType> enums, List<Domain> domains,
                  List<Function> functions, List<Trigger> triggers) {
        List<Table> tables = new ArrayList<>();
        for (RelationRow r : relations.values()) {
            if (!r.isView()) {
                tables.add(table(r));
            }
        }
        List<View> views = ViewOrder.dependenciesFirst(relations.values().stream().filter(RelationRow::isView).toList())
                .stream().map(SchemaAssembler::view).toList();
        return new Schema(schemas, extensions, enums, domains, sequences, tables, views, functions, triggers);
    }

    private Table table(RelationRow r) {
        TableParts p = parts.getOrDefault(r.oid(), new TableParts());
        Partitioning partitioning = r.partitionKey() == null && r.parent() == null ? null
                : new Partitioning(r.partitionKey(), r.parent(), r.partitionBound());
        return new Table(r.name(), columns.getOrDefault(r.oid(), List.of()), p.primaryKey().isEmpty() ? null : p.primaryKey().get(0),
                p.uniques(), p.checks(), p.foreignKeys(), p.indexes(), p.policies(),
                new Table.RowSecurity(r.rowSecurity(), r.forceRowSecurity()), r.comment(), partitioning);
    }

    private static View view(RelationRow r) {
        return new View(r.name(), r.viewDefinition(), r.kind() == 'm', r.options(), r.kind() != 'm' || r.populated(), r.comment());
    }
}
