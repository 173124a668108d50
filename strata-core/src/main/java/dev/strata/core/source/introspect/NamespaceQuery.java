package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.Scope;
import dev.strata.core.model.Extension;

import java.util.List;

/** Schemas (other than {@code public}) and extensions (other than {@code plpgsql}, which every database has). */
final class NamespaceQuery {
    private static final String SCHEMAS = """
            SELECT n.nspname FROM pg_catalog.pg_namespace n
            WHERE n.nspname <> 'public' AND %s AND %s
            ORDER BY n.nspname""";
    private static final String EXTENSIONS = """
            SELECT e.extname, n.nspname FROM pg_catalog.pg_extension e
            JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname <> 'plpgsql'
            ORDER BY e.extname""";

    private NamespaceQuery() {
    }

    static List<String> schemas(Catalog catalog, Scopes scopes) {
        Scope scope = scopes.schemaOnly("n.nspname");
        return catalog.query(String.format(SCHEMAS, scope.sql(), Scopes.notFromExtension("pg_catalog.pg_namespace", "n.oid")),
                scope.binds(), rs -> rs.getString("nspname"));
    }

    static List<Extension> extensions(Catalog catalog) {
        return catalog.query(EXTENSIONS, List.of(), rs -> new Extension(rs.getString("extname"), rs.getString("nspname")));
    }
}
