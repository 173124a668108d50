package dev.strata.core.render;

import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Policy;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A whole schema as the PostgreSQL DDL that recreates it on an empty database: the baseline migration
 * {@code strata pull} writes. Statements come in an order that runs in one transaction: schemas,
 * extensions, enums, domains, sequences, functions, tables, sequence ownership, foreign keys, indexes,
 * views, row-level security and policies, triggers, comments.
 */
public final class BaselineRenderer {
    private BaselineRenderer() {
    }

    /** One statement per element, each ending in {@code ;}, without breakpoint markers. */
    public static List<String> statements(Schema schema) {
        List<String> out = new ArrayList<>();
        schema.schemas().forEach(s -> out.add("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(s) + ";"));
        schema.extensions().forEach(e -> out.add(createExtension(e)));
        schema.enums().forEach(e -> out.add(TypeDdl.createEnum(e)));
        schema.domains().forEach(d -> out.addAll(TypeDdl.createDomain(d)));
        schema.sequences().forEach(s -> out.add(SequenceDdl.create(s)));
        out.addAll(functions(schema));
        List<Table> tables = parentsFirst(schema.tables());
        tables.forEach(t -> out.addAll(TableDdl.create(t)));
        for (Sequence sequence : schema.sequences()) {
            if (sequence.ownedBy() != null) {
                out.add(SequenceDdl.ownedBy(sequence));
            }
        }
        out.addAll(foreignKeysAndIndexes(tables));
        schema.views().forEach(v -> out.add(ViewDdl.create(v)));
        for (Table table : tables) {
            out.addAll(SecurityDdl.rowSecurity(table));
            for (Policy policy : table.policies()) {
                out.add(SecurityDdl.createPolicy(table, policy));
            }
        }
        schema.triggers().forEach(t -> out.add(terminated(t.definition())));
        tables.forEach(t -> out.addAll(CommentDdl.on(t)));
        for (View view : schema.views()) {
            out.addAll(CommentDdl.on(view));
        }
        return List.copyOf(out);
    }

    static String createExtension(Extension extension) {
        return "CREATE EXTENSION IF NOT EXISTS " + Identifiers.quote(extension.name())
                + " WITH SCHEMA " + Identifiers.quote(extension.schema()) + ";";
    }

    /**
     * Functions come before tables because defaults and checks may call them; with body checks off,
     * a function body may name tables that do not exist yet.
     */
    private static List<String> functions(Schema schema) {
        if (schema.functions().isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("SET LOCAL check_function_bodies = off;");
        schema.functions().forEach(f -> out.add(terminated(f.definition())));
        return out;
    }

    /** All foreign keys (after every table, so cycles work), then all indexes. */
    private static List<String> foreignKeysAndIndexes(List<Table> tables) {
        List<String> out = new ArrayList<>();
        for (Table table : tables) {
            for (ForeignKey fk : table.foreignKeys()) {
                out.add(ForeignKeyDdl.add(table, fk));
            }
        }
        for (Table table : tables) {
            for (Index index : table.indexes()) {
                out.add(IndexDdl.create(table.name(), index));
            }
        }
        return out;
    }

    /** Tables in model order, except that a partition waits until its parent is placed. */
    static List<Table> parentsFirst(List<Table> tables) {
        Set<QualifiedName> known = new HashSet<>();
        tables.forEach(t -> known.add(t.name()));
        Set<QualifiedName> placed = new HashSet<>();
        List<Table> pending = new ArrayList<>(tables);
        List<Table> out = new ArrayList<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Iterator<Table> it = pending.iterator(); it.hasNext(); ) {
                Table table = it.next();
                QualifiedName parent = table.partitioning() == null ? null : table.partitioning().parent();
                if (parent == null || placed.contains(parent) || !known.contains(parent)) {
                    out.add(table);
                    placed.add(table.name());
                    it.remove();
                    progress = true;
                }
            }
        }
        out.addAll(pending);
        return out;
    }

    /** pg_get_functiondef and pg_get_triggerdef give no final {@code ;}. */
    static String terminated(String definition) {
        String text = definition.strip();
        return text.endsWith(";") ? text : text + ";";
    }
}
