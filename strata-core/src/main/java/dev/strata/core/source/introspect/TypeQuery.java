package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Enum types with their labels in sort order, and domains with their checks: one query each. */
final class TypeQuery {
    private static final String ENUMS = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND %s AND %s
            ORDER BY n.nspname, t.typname""";
    private static final String DOMAINS = """
            SELECT n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull, t.typdefault,
                   ARRAY(SELECT con.conname::text FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c'
                         ORDER BY con.conname) AS check_names,
                   ARRAY(SELECT pg_catalog.pg_get_constraintdef(con.oid, true) FROM pg_catalog.pg_constraint con
                         WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname) AS check_defs
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'd' AND %s AND %s
            ORDER BY n.nspname, t.typname""";

    private TypeQuery() {
    }

    static List<EnumType> enums(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.schemaOnly("n.nspname");
        return catalog.query(String.format(ENUMS, scope.sql(), Scopes.notFromExtension("pg_catalog.pg_type", "t.oid")),
                scope.binds(), rs -> new EnumType(name(rs), Catalog.strings(rs, "labels")));
    }

    static List<Domain> domains(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.schemaOnly("n.nspname");
        return catalog.query(String.format(DOMAINS, scope.sql(), Scopes.notFromExtension("pg_catalog.pg_type", "t.oid")),
                scope.binds(), TypeQuery::domain);
    }

    private static Domain domain(ResultSet rs) throws SQLException {
        List<String> names = Catalog.strings(rs, "check_names");
        List<String> definitions = Catalog.strings(rs, "check_defs");
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            checks.add(CheckDefinition.parse(names.get(i), definitions.get(i)));
        }
        return new Domain(name(rs), rs.getString("base"), rs.getBoolean("typnotnull"), rs.getString("typdefault"), checks);
    }

    private static QualifiedName name(ResultSet rs) throws SQLException {
        return new QualifiedName(rs.getString("nspname"), rs.getString("typname"));
    }
}
