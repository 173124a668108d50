package dev.strata.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One page of a table's rows as keyset SQL: {@code WHERE filters AND (sort, key) > (last row's) ORDER BY
 * sort, key LIMIT n+1} (the extra row says whether there is a next page). Never {@code OFFSET}, so
 * a deep page costs what the first does. The key is the primary key, else {@code ctid}; a relation with
 * neither (a plain view) shows its first page only.
 *
 * @param relation  the relation, from the catalog
 * @param sort      the sort column, or {@code null} to sort by the key
 * @param direction the direction
 * @param filters   the filters, ANDed
 * @param after     where the previous page ended, or {@code null} for the first page
 * @param limit     rows per page, 1 to {@link #MAX_LIMIT}
 */
record RowQuery(Relation relation, RelationColumn sort, SortDirection direction, List<Filter> filters, Cursor after, int limit) {
    static final int MAX_LIMIT = 500;
    static final String CTID = "ctid";

    RowQuery {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(direction, "direction");
        filters = List.copyOf(filters);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit " + limit + " is not between 1 and " + MAX_LIMIT, "ask for at most "
                    + MAX_LIMIT + " rows a page");
        }
        if (after != null) {
            checkCursor(after, relation, sort, direction);
        }
    }

    /** The key's columns after the sort column, as SQL; {@code ctid} when there is no primary key. */
    List<String> keyColumns() {
        return keyNames(relation, sort).stream().map(k -> k.equals(CTID) && relation.key().isEmpty() ? CTID
                : relation.column(k).orElseThrow().sql()).toList();
    }

    /** The key's column names after the sort column ({@code ctid} when there is no primary key). */
    static List<String> keyNames(Relation relation, RelationColumn sort) {
        if (relation.key().isEmpty()) {
            return relation.hasCtid() ? List.of(CTID) : List.of();
        }
        return relation.key().stream().filter(k -> sort == null || !k.equals(sort.name())).toList();
    }

    /** Whether pages can follow one another (the relation has a key to page by). */
    boolean pageable() {
        return !relation.key().isEmpty() || relation.hasCtid();
    }

    /** The SELECT, with {@code ?} where {@link #params()} go. */
    String sql() {
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append(relation.columns().stream().map(RelationColumn::sql).collect(Collectors.joining(", ")));
        if (relation.key().isEmpty() && relation.hasCtid()) {
            sql.append(", ctid");
        }
        sql.append(" FROM ").append(relation.sql());
        List<String> conditions = new ArrayList<>();
        List<Param> ignored = new ArrayList<>();
        for (Filter f : filters) {
            StringBuilder c = new StringBuilder();
            f.appendTo(c, ignored);
            conditions.add(c.toString());
        }
        if (after != null) {
            conditions.add(afterCondition());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        List<String> order = new ArrayList<>();
        if (sort != null) {
            order.add(sort.sql() + " " + direction.sql());
        }
        keyColumns().forEach(k -> order.add(k + " " + direction.sql()));
        if (!order.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", order));
        }
        return sql.append(" LIMIT ").append(limit + 1).toString();
    }

    /** The values for the {@code ?} of {@link #sql()}, in order. */
    List<Param> params() {
        List<Param> params = new ArrayList<>();
        for (Filter f : filters) {
            f.appendTo(new StringBuilder(), params);
        }
        if (after != null) {
            if (sort != null && after.sortValue() != null) {
                params.add(Param.typed(after.sortValue()));
            }
            after.keyValues().forEach(v -> params.add(Param.typed(v)));
        }
        return params;
    }

    private String afterCondition() {
        List<String> keys = keyColumns();
        String op = direction.after();
        String keyTuple = "(" + String.join(", ", keys) + ") " + op + " (" + placeholders(keys.size()) + ")";
        if (sort == null) {
            return keyTuple;
        }
        String s = sort.sql();
        if (after.sortValue() == null) {
            // The last row had NULL: ASC puts NULLs last (only NULLs remain), DESC first (all non-NULLs remain).
            String inNulls = "(" + s + " IS NULL AND " + keyTuple + ")";
            return direction == SortDirection.ASC ? inNulls : "(" + inNulls + " OR " + s + " IS NOT NULL)";
        }
        String tuple = keys.isEmpty() ? s + " " + op + " ?"
                : "(" + s + ", " + String.join(", ", keys) + ") " + op + " (?, " + placeholders(keys.size()) + ")";
        boolean nullsFollow = direction == SortDirection.ASC && !sort.notNull();
        return nullsFollow ? "(" + tuple + " OR " + s + " IS NULL)" : tuple;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void checkCursor(Cursor after, Relation relation, RelationColumn sort, SortDirection direction) {
        String sortName = sort == null ? null : sort.name();
        if (!Objects.equals(after.sort(), sortName) || after.direction() != direction
                || after.keyValues().size() != keyNames(relation, sort).size() || keyNames(relation, sort).isEmpty() && sort == null) {
            throw ApiException.badRequest("the cursor (after=) belongs to another sort or table",
                    "start again from the first page (leave out after=) after changing the sort");
        }
    }
}
