package dev.strata.core.diff;

import dev.strata.core.model.Domain;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Function;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Trigger;

import java.util.List;
import java.util.Map;

/**
 * Extensions, domains, functions and triggers: what a {@code .sql} schema declares beyond Drizzle's objects.
 * Functions and triggers are compared by their whole definition as PostgreSQL prints it; a changed function is
 * replaced in place, a changed trigger dropped and created, a domain altered unless its base type changed.
 */
final class DatabaseObjectDiff {
    private DatabaseObjectDiff() {
    }

    static void diff(Schema from, Schema to, List<Change> out) {
        extensions(from.extensions(), to.extensions(), out);
        domains(from.domains(), to.domains(), out);
        functions(from.functions(), to.functions(), out);
        triggers(from.triggers(), to.triggers(), out);
    }

    private static void extensions(List<Extension> before, List<Extension> after, List<Change> out) {
        Map<String, Extension> old = TableDiff.byName(before, Extension::name);
        Map<String, Extension> now = TableDiff.byName(after, Extension::name);
        for (Extension e : after) {
            Extension was = old.get(e.name());
            if (was != null && !was.equals(e)) {
                out.add(new Change.DropExtension(was));
            }
            if (!e.equals(was)) {
                out.add(new Change.CreateExtension(e));
            }
        }
        before.stream().filter(e -> !now.containsKey(e.name())).forEach(e -> out.add(new Change.DropExtension(e)));
    }

    private static void domains(List<Domain> before, List<Domain> after, List<Change> out) {
        Map<String, Domain> old = TableDiff.byName(before, d -> d.name().toString());
        Map<String, Domain> now = TableDiff.byName(after, d -> d.name().toString());
        for (Domain d : after) {
            Domain was = old.get(d.name().toString());
            if (was == null) {
                out.add(new Change.CreateDomain(d));
            } else if (!was.equals(d) && was.baseType().equals(d.baseType())) {
                out.add(new Change.AlterDomain(was, d));
            } else if (!was.equals(d)) {
                out.add(new Change.DropDomain(was));
                out.add(new Change.CreateDomain(d));
            }
        }
        before.stream().filter(d -> !now.containsKey(d.name().toString())).forEach(d -> out.add(new Change.DropDomain(d)));
    }

    private static void functions(List<Function> before, List<Function> after, List<Change> out) {
        Map<String, Function> old = TableDiff.byName(before, Function::signature);
        Map<String, Function> now = TableDiff.byName(after, Function::signature);
        for (Function f : after) {
            Function was = old.get(f.signature());
            if (!f.equals(was)) {
                out.add(new Change.ReplaceFunction(was, f));
            }
        }
        before.stream().filter(f -> !now.containsKey(f.signature())).forEach(f -> out.add(new Change.DropFunction(f)));
    }

    private static void triggers(List<Trigger> before, List<Trigger> after, List<Change> out) {
        Map<String, Trigger> old = TableDiff.byName(before, DatabaseObjectDiff::key);
        Map<String, Trigger> now = TableDiff.byName(after, DatabaseObjectDiff::key);
        for (Trigger t : after) {
            Trigger was = old.get(key(t));
            if (was != null && !was.equals(t)) {
                out.add(new Change.DropTrigger(was));
            }
            if (!t.equals(was)) {
                out.add(new Change.CreateTrigger(t));
            }
        }
        before.stream().filter(t -> !now.containsKey(key(t))).forEach(t -> out.add(new Change.DropTrigger(t)));
    }

    private static String key(Trigger t) {
        return t.table() + "." + t.name();
    }
}
