package dev.strata.core.source.dsl;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Index;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared DSL objects, in declaration order, as one model {@link Schema}. The same object in two fields counts
 * once; two objects with one name are an error naming both fields.
 */
final class SchemaAssembler {
    private SchemaAssembler() {
    }

    /** The schema {@code declared} describes; throws {@link IllegalArgumentException} naming what is wrong. */
    static Schema assemble(List<Declared> declared) {
        Map<Object, String> unique = new IdentityHashMap<>();
        List<Declared> objects = new ArrayList<>();
        for (Declared d : declared) {
            if (unique.putIfAbsent(d.value(), d.field()) == null) {
                objects.add(d);
            }
        }
        Casing casing = of(objects, Casing.class).stream().findFirst().orElse(Casing.AS_WRITTEN);
        Names names = new Names(casing);
        List<PgTable> tables = of(objects, PgTable.class);
        noDuplicates(objects, PgTable.class, t -> t.qualifiedName().toString(), "table");
        noDuplicates(objects, PgEnum.class, e -> e.name().toString(), "enum");
        noDuplicates(objects, PgSequence.class, s -> s.name().toString(), "sequence");
        noDuplicates(objects, PgView.class, v -> v.name().toString(), "view");
        Set<PgTable> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(tables);
        List<Sequence> sequences = new ArrayList<>();
        TableAssembler assembler = new TableAssembler(names, new ColumnAssembler(names, sequences), members);
        Map<PgTable, List<PgPolicy>> linked = linkedPolicies(objects, members);
        List<Table> modelTables = tables.stream().map(t -> assembler.table(t, linked.getOrDefault(t, List.of()))).toList();
        noDuplicateIndexes(modelTables);
        of(objects, PgSequence.class).forEach(s -> sequences.add(sequence(s, names)));
        return new Schema(
                of(objects, PgSchema.class).stream().map(PgSchema::name).toList(),
                of(objects, PgRaw.PgExtension.class).stream().map(PgRaw.PgExtension::extension).toList(),
                of(objects, PgEnum.class).stream().map(e -> new EnumType(e.name(), e.values())).toList(),
                of(objects, PgRaw.PgDomain.class).stream().map(PgRaw.PgDomain::domain).toList(),
                sequences, modelTables,
                of(objects, PgView.class).stream().filter(v -> !v.isExisting()).map(SchemaAssembler::view).toList(),
                of(objects, PgRaw.PgFunction.class).stream().map(PgRaw.PgFunction::function).toList(),
                of(objects, PgRaw.PgTrigger.class).stream().map(PgRaw.PgTrigger::trigger).toList());
    }

    private static <T> List<T> of(List<Declared> objects, Class<T> kind) {
        return objects.stream().map(Declared::value).filter(kind::isInstance).map(kind::cast).toList();
    }

    private static <T> void noDuplicates(List<Declared> objects, Class<T> kind, java.util.function.Function<T, String> key,
                                         String what) {
        Map<String, String> seen = new HashMap<>();
        for (Declared d : objects) {
            if (kind.isInstance(d.value())) {
                String name = key.apply(kind.cast(d.value()));
                String first = seen.putIfAbsent(name, d.field());
                if (first != null) {
                    throw new IllegalArgumentException(what + " " + name + " is declared twice: " + first + " and "
                            + d.field());
                }
            }
        }
    }

    /** Index names share one namespace per schema with tables' other relations. */
    private static void noDuplicateIndexes(List<Table> tables) {
        Map<QualifiedName, QualifiedName> seen = new HashMap<>();
        for (Table t : tables) {
            for (Index i : t.indexes()) {
                QualifiedName first = seen.putIfAbsent(new QualifiedName(t.name().schema(), i.name()), t.name());
                if (first != null) {
                    throw new IllegalArgumentException("index " + t.name().schema() + "." + i.name()
                            + " is declared twice: on table " + first + " and on table " + t.name());
                }
            }
        }
    }

    private static Map<PgTable, List<PgPolicy>> linkedPolicies(List<Declared> objects, Set<PgTable> members) {
        Map<PgTable, List<PgPolicy>> out = new IdentityHashMap<>();
        for (PgPolicy p : of(objects, PgPolicy.class)) {
            if (p.table() == null) {
                throw new IllegalArgumentException("policy " + p.name() + " is not linked to a table: add .link(table)");
            }
            if (!members.contains(p.table())) {
                throw new IllegalArgumentException("policy " + p.name() + " is linked to table "
                        + p.table().qualifiedName() + ", which is not part of the schema: declare it as a public static field");
            }
            out.computeIfAbsent(p.table(), t -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static Sequence sequence(PgSequence s, Names names) {
        ColumnRef owner = null;
        if (s.ownedBy() != null) {
            PgColumn c = s.ownedBy().get();
            owner = new ColumnRef(c.table().qualifiedName(), names.column(c));
        }
        return new Sequence(s.name(), s.dataType(), s.options(), owner);
    }

    private static View view(PgView v) {
        if (v.definition() == null) {
            throw new IllegalArgumentException("view " + v.name() + " has no query: add .as(\"select ...\")");
        }
        return new View(v.name(), v.definition(), v.materialized(), v.options(), v.withData(), v.comment());
    }
}
