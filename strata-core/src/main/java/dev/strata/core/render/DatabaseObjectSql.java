package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Extensions, domains, functions and triggers: the objects a {@code .sql} schema declares beyond Drizzle's. */
final class DatabaseObjectSql {
    private DatabaseObjectSql() {
    }

    /** The statements for {@code change}, or {@code null} when it is none of these. */
    static List<String> of(Change change) {
        if (change instanceof Change.CreateExtension c) {
            return List.of(BaselineRenderer.createExtension(c.extension()));
        }
        if (change instanceof Change.DropExtension c) {
            return List.of("DROP EXTENSION " + Identifiers.quote(c.extension().name()) + ";");
        }
        if (change instanceof Change.CreateDomain c) {
            return TypeDdl.createDomain(c.domain());
        }
        if (change instanceof Change.AlterDomain c) {
            return alterDomain(c.from(), c.to());
        }
        if (change instanceof Change.DropDomain c) {
            return List.of("DROP DOMAIN " + Identifiers.qualified(c.domain().name()) + ";");
        }
        if (change instanceof Change.ReplaceFunction c) {
            // as in a baseline: the function may come before tables its body names
            return List.of("SET LOCAL check_function_bodies = off;", BaselineRenderer.terminated(c.to().definition()));
        }
        if (change instanceof Change.DropFunction c) {
            return List.of("DROP ROUTINE " + Identifiers.qualified(c.function().name()) + "(" + c.function().arguments() + ");");
        }
        if (change instanceof Change.CreateTrigger c) {
            return List.of(BaselineRenderer.terminated(c.trigger().definition()));
        }
        if (change instanceof Change.DropTrigger c) {
            return List.of("DROP TRIGGER " + Identifiers.quote(c.trigger().name()) + " ON "
                    + Identifiers.qualified(c.trigger().table()) + ";");
        }
        return null;
    }

    /** Default, {@code NOT NULL}, then checks: removed and changed ones dropped, new and changed ones added. */
    private static List<String> alterDomain(Domain from, Domain to) {
        String prefix = "ALTER DOMAIN " + Identifiers.qualified(to.name());
        List<String> out = new ArrayList<>();
        if (!Objects.equals(from.defaultSql(), to.defaultSql())) {
            out.add(prefix + (to.defaultSql() == null ? " DROP DEFAULT;" : " SET DEFAULT " + to.defaultSql() + ";"));
        }
        if (from.notNull() != to.notNull()) {
            out.add(prefix + (to.notNull() ? " SET NOT NULL;" : " DROP NOT NULL;"));
        }
        Map<String, CheckConstraint> before = byName(from.checks());
        Map<String, CheckConstraint> after = byName(to.checks());
        for (CheckConstraint c : from.checks()) {
            if (!c.equals(after.get(c.name()))) {
                out.add(prefix + " DROP CONSTRAINT " + Identifiers.quote(c.name()) + ";");
            }
        }
        for (CheckConstraint c : to.checks()) {
            if (!c.equals(before.get(c.name()))) {
                out.add(prefix + " ADD " + TypeDdl.check(c) + (c.validated() ? "" : " NOT VALID") + ";");
            }
        }
        return out;
    }

    private static Map<String, CheckConstraint> byName(List<CheckConstraint> checks) {
        Map<String, CheckConstraint> out = new LinkedHashMap<>();
        checks.forEach(c -> out.putIfAbsent(c.name(), c));
        return out;
    }
}
