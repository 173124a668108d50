package dev.strata.core.render;

import dev.strata.core.model.View;

import java.util.stream.Collectors;

/** {@code CREATE VIEW} and {@code CREATE MATERIALIZED VIEW}. */
final class ViewDdl {
    private ViewDdl() {
    }

    static String create(View view) {
        StringBuilder sql = new StringBuilder("CREATE ").append(view.materialized() ? "MATERIALIZED " : "")
                .append("VIEW ").append(Identifiers.qualified(view.name()));
        if (!view.options().isEmpty()) {
            sql.append(" WITH (").append(view.options().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append(')');
        }
        sql.append(" AS ").append(query(view.definition()));
        if (view.materialized()) {
            sql.append(view.withData() ? " WITH DATA" : " WITH NO DATA");
        }
        return sql.append(';').toString();
    }

    /** pg_get_viewdef's text starts with a space and ends with {@code ;}: drop both. */
    static String query(String definition) {
        String text = definition.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    /** The object kind for {@code COMMENT ON}. */
    static String kind(View view) {
        return view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }
}
