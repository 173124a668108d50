package dev.strata.core.inspect;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.util.List;

/**
 * Finds the relation a user named, the way psql's {@code \d NAME} does: a qualified name exactly, an
 * unqualified one first on the search path, then in any non-system schema. When there is none, the
 * error names the closest ones.
 */
final class NameLookup {
    private static final String RELATIONS = """
            SELECT n.nspname, c.relname, pg_catalog.pg_table_is_visible(c.oid) AS visible
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND (n.nspname = ? OR NOT %s)
            ORDER BY n.nspname, c.relname""".formatted(String.format(Scope.SYSTEM_SCHEMA, "n.nspname"));

    private static final String SCHEMAS = "SELECT nspname FROM pg_catalog.pg_namespace ORDER BY nspname";

    private NameLookup() {
    }

    record Candidate(TableName name, boolean visible) {
    }

    /**
     * The relation {@code name} in {@code schema} ({@code null}: on the search path, else anywhere). The
     * candidates read are every relation outside the system schemas, and those of {@code schema}, so a
     * miss can name close ones in other schemas too.
     */
    static TableName find(Catalog catalog, String schema, String name) {
        List<Candidate> all = catalog.query(RELATIONS, java.util.Collections.singletonList(schema),
                rs -> new Candidate(new TableName(rs.getString(1), rs.getString(2)), rs.getBoolean(3)));
        List<Candidate> named = all.stream()
                .filter(c -> c.name().name().equals(name) && (schema == null || c.name().schema().equals(schema)))
                .toList();
        List<Candidate> visible = named.stream().filter(Candidate::visible).toList();
        if (visible.size() == 1 || named.size() == 1) {
            return (visible.size() == 1 ? visible : named).get(0).name();
        }
        String shown = schema == null ? name : schema + "." + name;
        if (named.isEmpty()) {
            throw notFound(shown, all.stream().map(Candidate::name).toList());
        }
        throw new StrataException.Input(Problem.of("inspect.ambiguous-table",
                "\"" + shown + "\" is in several schemas, none of them on the search path: "
                        + String.join(", ", named.stream().map(c -> c.name().toString()).toList()),
                "qualify it with its schema, e.g. " + named.get(0).name()));
    }

    /** Fails with the closest names when a schema in {@code filter} does not exist. */
    static void requireSchemas(Catalog catalog, InspectFilter filter) {
        if (filter.schemas().isEmpty()) {
            return;
        }
        List<String> existing = catalog.query(SCHEMAS, List.of(), rs -> rs.getString(1));
        for (String wanted : filter.schemas()) {
            if (!existing.contains(wanted)) {
                List<String> close = CloseNames.to(wanted, existing);
                throw new StrataException.Input(Problem.of("inspect.unknown-schema", "no schema named \"" + wanted + "\"",
                        close.isEmpty() ? "leave out --schema to list every schema"
                                : "did you mean " + String.join(", ", close) + "?"));
            }
        }
    }

    private static StrataException notFound(String shown, List<TableName> candidates) {
        List<String> close = CloseNames.toTable(shown, candidates);
        String fix = close.isEmpty()
                ? "`strata inspect tables` lists the tables there are"
                : "did you mean " + String.join(", ", close) + "? (`strata inspect tables` lists them all)";
        return new StrataException.Input(Problem.of("inspect.unknown-table", "no table or view named \"" + shown + "\"", fix));
    }
}
