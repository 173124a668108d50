package dev.strata.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A view or materialized view.
 *
 * @param definition   the query as PostgreSQL deparses it
 * @param materialized {@code MATERIALIZED}
 * @param options      {@code WITH (...)} options such as {@code security_invoker=true} or {@code check_option=local}, sorted
 * @param withData     false for a materialized view created {@code WITH NO DATA} and not refreshed since
 * @param comment      {@code COMMENT ON VIEW}, or {@code null}
 */
public record View(QualifiedName name, String definition, boolean materialized, Map<String, String> options,
                   boolean withData, String comment) {
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }
}
