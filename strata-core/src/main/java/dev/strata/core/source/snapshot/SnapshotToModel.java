package dev.strata.core.source.snapshot;

import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Function;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.Trigger;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A drizzle-kit snapshot (version 7) as the Strata schema it describes, so that {@code generate} can diff against the
 * last snapshot: {@code serial} becomes an integer column with a {@code nextval} default and its owned sequence,
 * drizzle's type spellings become {@code format_type}'s, JSON numbers and booleans become SQL literals, and the
 * {@code "strata"} extension gives back functions, triggers, extensions, comments, domains, the table options drizzle
 * has no field for (collations among them), sequence types and the owners of sequences that are not a serial's.
 */
public final class SnapshotToModel {
    private SnapshotToModel() {
    }

    /** The schema {@code snapshot} describes. Views' column lists, roles and {@code .existing()} views are left out. */
    public static Schema schema(Snapshot snapshot) {
        StrataExtension x = snapshot.strata();
        List<Domain> domains = x.domains().stream()
                .map(d -> DomainDefinition.parse(d.schema(), d.name(), d.definition())).toList();
        Map<String, QualifiedName> userTypes = new HashMap<>();
        domains.forEach(d -> userTypes.put(d.name().name(), d.name()));
        List<Sequence> sequences = new ArrayList<>();
        Map<SnapshotToTable.CommentTarget, String> comments = SnapshotToTable.comments(x.comments());
        Map<QualifiedName, StrataExtension.TableOptions> options = new HashMap<>();
        x.tables().forEach(o -> options.putIfAbsent(new QualifiedName(o.schema(), o.table()), o));
        Map<QualifiedName, StrataExtension.SequenceOptions> sequenceOptions = new HashMap<>();
        x.sequences().forEach(s -> sequenceOptions.putIfAbsent(new QualifiedName(s.schema(), s.name()), s));
        Map<String, List<SnapshotPolicy>> linked = linkedPolicies(snapshot);
        // Tables convert independently, in parallel (a 5,000-table snapshot); each collects its serial columns'
        // sequences on its own, and both lists keep the snapshot's table order.
        List<Map.Entry<Table, List<Sequence>>> converted = snapshot.tables().values().parallelStream().map(t -> {
            List<Sequence> serials = new ArrayList<>();
            Table table = new SnapshotToTable(userTypes, comments, serials).table(t,
                    linked.getOrDefault(onTable(t), List.of()));
            StrataExtension.TableOptions o = options.get(table.name());
            if (o != null) {
                table = TableOptionsSnapshot.applied(table, o);
            }
            return Map.entry(table, serials);
        }).toList();
        List<Table> tableList = new ArrayList<>();
        converted.forEach(e -> {
            tableList.add(e.getKey());
            sequences.addAll(e.getValue());
        });
        snapshot.sequences().values().forEach(s -> {
            QualifiedName name = new QualifiedName(s.schema(), s.name());
            StrataExtension.SequenceOptions o = sequenceOptions.get(name);
            String type = o == null ? "bigint" : o.type();
            sequences.add(new Sequence(name, type, DrizzleOptions.options(type, s.increment(), s.startWith(), s.minValue(),
                    s.maxValue(), s.cache(), s.cycle()), o == null ? null : o.ownedBy()));
        });
        return new Schema(
                new ArrayList<>(snapshot.schemas().keySet()),
                x.extensions().stream().map(e -> new Extension(e.name(), e.schema())).toList(),
                snapshot.enums().values().stream()
                        .map(e -> new EnumType(new QualifiedName(e.schema(), e.name()), e.values())).toList(),
                domains,
                sequences,
                tableList,
                snapshot.views().values().stream().filter(v -> !v.isExisting())
                        .map(v -> view(v, comments.get(new SnapshotToTable.CommentTarget(v.schema(), v.name(), null)))).toList(),
                x.functions().stream().map(f -> new Function(new QualifiedName(f.schema(), f.name()), f.arguments(),
                        f.definition())).toList(),
                x.triggers().stream().map(t -> new Trigger(new QualifiedName(t.schema(), t.table()), t.name(),
                        t.definition())).toList());
    }

    /** Top-level policies {@code .link()}ed to a table, by their {@code on}. */
    private static Map<String, List<SnapshotPolicy>> linkedPolicies(Snapshot snapshot) {
        Map<String, List<SnapshotPolicy>> out = new HashMap<>();
        for (SnapshotPolicy p : snapshot.policies().values()) {
            if (p.on() != null) {
                out.computeIfAbsent(p.on(), on -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    /** A linked policy's {@code on} for this table: {@code "schema"."table"}. */
    private static String onTable(SnapshotTable t) {
        String schema = t.schema().isEmpty() ? "public" : t.schema();
        return "\"" + schema + "\".\"" + t.name() + "\"";
    }

    private static View view(SnapshotView v, String comment) {
        return new View(new QualifiedName(v.schema(), v.name()), v.definition() == null ? "" : v.definition(),
                v.materialized(), DrizzleOptions.options(v.with(), true), !Boolean.TRUE.equals(v.withNoData()), comment);
    }
}
