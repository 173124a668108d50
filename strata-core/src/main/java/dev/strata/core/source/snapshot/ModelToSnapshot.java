package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A Strata schema as the drizzle-kit snapshot (version 7) {@code generate} would write for it. Tables, enums,
 * sequences and views are ordered by key: drizzle orders them by the schema module's export names, which the
 * database does not know. What the snapshot cannot hold (functions, triggers, extensions, comments, domains, table
 * options, sequence types and owners) goes into the {@code "strata"} extension. {@code docs/snapshot-differences.md} lists what is lost.
 */
public final class ModelToSnapshot {
    private ModelToSnapshot() {
    }

    /**
     * The snapshot of {@code schema}, with id {@link Snapshot#ORIGIN_ID} and prevId {@code ""}: callers place it in the
     * chain with {@link Snapshot#withIds}.
     */
    public static Snapshot snapshot(Schema schema) {
        Map<ColumnRef, Sequence> serials = Serials.find(schema);
        Set<QualifiedName> enums = schema.enums().stream().map(EnumType::name).collect(Collectors.toSet());
        TableToSnapshot tables = new TableToSnapshot(enums, serials);
        Map<String, SnapshotTable> tableMap = new TreeMap<>();
        // Tables convert independently; a 5,000-table schema takes noticeably less time on two cores.
        schema.tables().parallelStream().map(t -> Map.entry(TableToSnapshot.key(t.name()), tables.table(t))).toList()
                .forEach(e -> tableMap.put(e.getKey(), e.getValue()));
        Map<String, SnapshotEnum> enumMap = new TreeMap<>();
        schema.enums().forEach(e -> enumMap.put(TableToSnapshot.key(e.name()),
                new SnapshotEnum(e.name().name(), e.name().schema(), e.values())));
        Map<String, String> schemas = new TreeMap<>();
        schema.schemas().stream().filter(s -> !s.equals("public")).forEach(s -> schemas.put(s, s));
        Map<String, SnapshotSequence> sequences = new TreeMap<>();
        List<Sequence> standalone = schema.sequences().stream().filter(s -> !serials.containsValue(s)).toList();
        standalone.forEach(s -> sequences.put(
                TableToSnapshot.key(s.name()), DrizzleOptions.sequence(s.name().name(), s.name().schema(), s.options())));
        Map<String, SnapshotView> views = new TreeMap<>();
        schema.views().forEach(v -> views.put(TableToSnapshot.key(v.name()), view(v)));
        return new Snapshot(Snapshot.ORIGIN_ID, "", "7", "postgresql", tableMap, enumMap, schemas, sequences,
                Map.of(), Map.of(), views, emptyMeta(), null, extension(schema, standalone), List.of());
    }

    private static SnapshotView view(View v) {
        ObjectNode with = v.options().isEmpty() ? null : DrizzleOptions.with(v.options(), true);
        Boolean withNoData = v.materialized() && !v.withData() ? Boolean.TRUE : null;
        return new SnapshotView(new LinkedHashMap<>(), v.definition(), v.name().name(), v.name().schema(), false, with,
                withNoData, v.materialized(), null, null);
    }

    private static ObjectNode emptyMeta() {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        meta.putObject("columns");
        meta.putObject("schemas");
        meta.putObject("tables");
        return meta;
    }

    /** What drizzle's fields cannot hold; {@code sequences} are those in drizzle's {@code sequences} (not serials'). */
    private static StrataExtension extension(Schema schema, List<Sequence> sequences) {
        return new StrataExtension(
                schema.functions().stream().sorted(Comparator.comparing(dev.strata.core.model.Function::signature))
                        .map(f -> new StrataExtension.Function(f.name().schema(), f.name().name(), f.arguments(),
                                f.definition())).toList(),
                schema.triggers().stream().map(t -> new StrataExtension.Trigger(t.table().schema(), t.table().name(),
                        t.name(), t.definition())).toList(),
                schema.extensions().stream().map(e -> new StrataExtension.Extension(e.name(), e.schema())).toList(),
                comments(schema.tables(), schema.views()),
                schema.domains().stream().map(d -> new StrataExtension.Domain(d.name().schema(), d.name().name(),
                        DomainDefinition.text(d))).toList(),
                TableOptionsSnapshot.of(schema.tables()),
                sequences.stream().filter(s -> !s.dataType().equals("bigint") || s.ownedBy() != null)
                        .sorted(Comparator.comparing(Sequence::name))
                        .map(s -> new StrataExtension.SequenceOptions(s.name().schema(), s.name().name(), s.dataType(),
                                s.ownedBy())).toList());
    }

    private static List<StrataExtension.Comment> comments(List<Table> tables, List<View> views) {
        List<StrataExtension.Comment> out = new ArrayList<>();
        for (Table t : tables.stream().sorted(Comparator.comparing(Table::name)).toList()) {
            QualifiedName n = t.name();
            if (t.comment() != null) {
                out.add(new StrataExtension.Comment(StrataExtension.Target.TABLE, n.schema(), n.name(), null, t.comment()));
            }
            for (Column c : t.columns()) {
                if (c.comment() != null) {
                    out.add(new StrataExtension.Comment(StrataExtension.Target.COLUMN, n.schema(), n.name(), c.name(),
                            c.comment()));
                }
            }
        }
        views.stream().filter(v -> v.comment() != null).sorted(Comparator.comparing(View::name)).forEach(v -> out.add(
                new StrataExtension.Comment(StrataExtension.Target.VIEW, v.name().schema(), v.name().name(), null, v.comment())));
        return out;
    }
}
