package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.Function;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Trigger;

import java.util.List;

/** Functions and procedures (not aggregates) and user triggers, kept as their full definitions. */
final class RoutineQuery {
    private static final String FUNCTIONS = """
            SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
                   pg_catalog.pg_get_functiondef(p.oid) AS def
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p') AND %s AND %s
            ORDER BY n.nspname, p.proname, args""";
    private static final String TRIGGERS = """
            SELECT n.nspname, c.relname, t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true) AS def
            FROM pg_catalog.pg_trigger t
            JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND %s
            ORDER BY n.nspname, c.relname, t.tgname""";

    private RoutineQuery() {
    }

    static List<Function> functions(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.schemaOnly("n.nspname");
        return catalog.query(String.format(FUNCTIONS, scope.sql(), Scopes.notFromExtension("pg_catalog.pg_proc", "p.oid")),
                scope.binds(), rs -> new Function(new QualifiedName(rs.getString("nspname"), rs.getString("proname")),
                        rs.getString("args"), rs.getString("def").strip()));
    }

    static List<Trigger> triggers(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.relation("n.nspname", "c.relname");
        return catalog.query(String.format(TRIGGERS, scope.sql()), scope.binds(),
                rs -> new Trigger(new QualifiedName(rs.getString("nspname"), rs.getString("relname")), rs.getString("tgname"),
                        rs.getString("def")));
    }
}
