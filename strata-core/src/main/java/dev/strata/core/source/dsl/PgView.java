package dev.strata.core.source.dsl;

import dev.strata.core.model.QualifiedName;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A view or materialized view defined by SQL text: {@code pgView("active_users").as("select ...")}; each method
 * returns a new value.
 *
 * @param name         schema-qualified name
 * @param definition   the query, or {@code null} until {@link #as} gives it
 * @param materialized {@code MATERIALIZED}
 * @param options      {@code WITH (...)} options, snake_case names ({@code security_invoker})
 * @param withData     false for {@code WITH NO DATA}
 * @param isExisting   a view that exists already and is never created (Drizzle's {@code .existing()}): not in the model
 * @param comment      {@code COMMENT ON VIEW}, or {@code null}
 */
public record PgView(QualifiedName name, String definition, boolean materialized, Map<String, String> options,
                     boolean withData, boolean isExisting, String comment) {
    public PgView {
        Objects.requireNonNull(name, "name");
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** The query. */
    public PgView as(String query) {
        return new PgView(name, query, materialized, options, withData, isExisting, comment);
    }

    /** A {@code WITH} option, e.g. {@code with("security_invoker", true)} or {@code with("check_option", "local")}. */
    public PgView with(String option, Object value) {
        Map<String, String> more = new TreeMap<>(options);
        more.put(option, String.valueOf(value));
        return new PgView(name, definition, materialized, more, withData, isExisting, comment);
    }

    /** {@code WITH NO DATA} (materialized views). */
    public PgView withNoData() {
        return new PgView(name, definition, materialized, options, false, isExisting, comment);
    }

    /** A view that exists already and is never created or compared. */
    public PgView existing() {
        return new PgView(name, definition, materialized, options, withData, true, comment);
    }

    /** {@code COMMENT ON VIEW}. */
    public PgView comment(String text) {
        return new PgView(name, definition, materialized, options, withData, isExisting, text);
    }
}
