package dev.strata.core.render;

import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.QualifiedName;

import java.util.stream.Collectors;

/** {@code CREATE [UNIQUE] INDEX} for an index no constraint owns. */
final class IndexDdl {
    private IndexDdl() {
    }

    static String create(QualifiedName table, Index index) {
        return create(Identifiers.qualified(table), index, IndexDdl::key);
    }

    /**
     * The statement with the table written as {@code tableSql} and each key by {@code keySql}: the
     * baseline and drizzle-kit's style differ only there.
     */
    static String create(String tableSql, Index index, java.util.function.Function<IndexKey, String> keySql) {
        StringBuilder sql = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(Identifiers.quote(index.name())).append(" ON ").append(tableSql)
                .append(" USING ").append(index.method()).append(" (")
                .append(index.keys().stream().map(keySql).collect(Collectors.joining(","))).append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(Identifiers.list(index.include())).append(')');
        }
        if (index.nullsNotDistinct()) {
            sql.append(" NULLS NOT DISTINCT");
        }
        if (!index.with().isEmpty()) {
            sql.append(" WITH (").append(index.with().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.append(';').toString();
    }

    /** One key; {@code NULLS} only when it is not the default for the direction (first for DESC). */
    static String key(IndexKey key) {
        StringBuilder sql = new StringBuilder(key.isExpression() ? "(" + key.expression() + ")" : Identifiers.quote(key.expression()));
        if (key.collation() != null) {
            sql.append(" COLLATE ").append(Identifiers.quote(key.collation()));
        }
        if (key.opclass() != null) {
            sql.append(' ').append(key.opclass());
        }
        if (key.descending()) {
            sql.append(" DESC");
        }
        if (key.descending() != key.nullsFirst()) {
            sql.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }
}
