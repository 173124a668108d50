package dev.strata.core.source.introspect;

import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.inspect.Scope;

import java.util.List;

/** The filter conditions introspection queries use: relations match the table globs, other objects only the schemas. */
record Scopes(InspectFilter filter) {
    /** Condition on a relation's schema and name. */
    Scope relation(String schemaColumn, String nameColumn) {
        return filter.tables().isEmpty() ? schemaOnly(schemaColumn) : Scope.of(filter, schemaColumn, nameColumn);
    }

    /** Condition on an object's schema only. */
    Scope schemaOnly(String schemaColumn) {
        return Scope.of(filter.matching(List.of()), schemaColumn);
    }

    /** {@code NOT (object is a member of an extension)} for an object of catalog {@code catalog} with oid {@code oidColumn}. */
    static String notFromExtension(String catalog, String oidColumn) {
        return "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid = '" + catalog
                + "'::regclass AND dep.objid = " + oidColumn + " AND dep.deptype = 'e')";
    }
}
