package dev.strata.core.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code WHERE} condition an {@link InspectFilter} makes, with its bind parameters. The SQL text
 * is fixed; schema names and globs only ever travel as parameters.
 *
 * @param sql   a boolean SQL expression with {@code ?} placeholders
 * @param binds the values for them, in order
 */
public record Scope(String sql, List<Object> binds) {
    /** Schemas no listing shows unless asked for by name. */
    static final String SYSTEM_SCHEMA = "(%1$s IN ('pg_catalog', 'information_schema', 'pg_toast')"
            + " OR %1$s LIKE 'pg\\_temp\\_%%' OR %1$s LIKE 'pg\\_toast\\_temp\\_%%')";

    public Scope {
        binds = java.util.Collections.unmodifiableList(new ArrayList<>(binds));
    }

    /**
     * The condition for {@code filter} on a query whose schema is {@code schemaColumn} and whose name,
     * for the globs, is any of {@code nameColumns} (SQL expressions written by Strata, never by users).
     */
    public static Scope of(InspectFilter filter, String schemaColumn, String... nameColumns) {
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("((cardinality(?::text[]) = 0 AND NOT ")
                .append(String.format(SYSTEM_SCHEMA, schemaColumn))
                .append(" AND ").append(schemaColumn).append(" IS DISTINCT FROM ?) OR ")
                .append(schemaColumn).append(" = ANY (?::text[]))");
        binds.add(filter.schemas());
        binds.add(filter.trackingSchema());
        binds.add(filter.schemas());
        sql.append(" AND (cardinality(?::text[]) = 0");
        binds.add(filter.likePatterns());
        for (String name : nameColumns) {
            sql.append(" OR ").append(name).append(" LIKE ANY (?::text[])");
            binds.add(filter.likePatterns());
        }
        sql.append(')');
        return new Scope(sql.toString(), binds);
    }
}
