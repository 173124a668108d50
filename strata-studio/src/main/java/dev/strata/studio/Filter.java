package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One grid filter: a catalog column, an operator from a closed set, and values bound as parameters.
 *
 * @param column the column, as found in the catalog
 * @param op     the operator
 * @param values the operand(s) as text: none for null/notnull, several for in, else one
 */
record Filter(RelationColumn column, Op op, List<String> values) {
    private static final int MAX_IN = 1000;

    Filter {
        values = List.copyOf(values);
    }

    /** The operators; the only SQL words a filter contributes. */
    enum Op {
        /** Contains the text, case-insensitively ({@code ILIKE '%v%'}, with % and _ taken literally). */
        CONTAINS,
        /** Equal. */
        EQ,
        /** Not equal. */
        NE,
        /** Greater than. */
        GT,
        /** Greater than or equal. */
        GTE,
        /** Less than. */
        LT,
        /** Less than or equal. */
        LTE,
        /** Is NULL. */
        NULL,
        /** Is not NULL. */
        NOTNULL,
        /** One of the values (an array). */
        IN
    }

    /** Appends this filter's condition to {@code sql} and its values to {@code params}. */
    void appendTo(StringBuilder sql, List<Param> params) {
        String col = column.sql();
        switch (op) {
            case CONTAINS -> {
                sql.append(column.isText() ? col : col + "::text").append(" ILIKE ? ESCAPE '\\'");
                params.add(Param.text("%" + escapeLike(values.get(0)) + "%"));
            }
            case NULL -> sql.append(col).append(" IS NULL");
            case NOTNULL -> sql.append(col).append(" IS NOT NULL");
            case IN -> {
                sql.append(col).append(" IN (");
                for (int i = 0; i < values.size(); i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                    params.add(Param.typed(values.get(i)));
                }
                sql.append(')');
            }
            default -> {
                sql.append(col).append(' ').append(comparison()).append(" ?");
                params.add(Param.typed(values.get(0)));
            }
        }
    }

    private String comparison() {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GTE -> ">=";
            case LT -> "<";
            case LTE -> "<=";
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Parses the {@code filter=} JSON array against the relation's columns; 400 on anything else. */
    static List<Filter> parse(JsonNode array, Relation relation) {
        if (!array.isArray()) {
            throw ApiException.badRequest("filter must be a JSON array", "send filter=[{\"column\":\"c\",\"op\":\"eq\",\"value\":1}]");
        }
        List<Filter> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject() || !item.path("column").isTextual() || !item.path("op").isTextual()) {
                throw ApiException.badRequest("each filter needs \"column\" and \"op\" strings: " + item,
                        "send {\"column\":\"c\",\"op\":\"eq\",\"value\":1}");
            }
            RelationColumn column = relation.requireColumn(item.get("column").asText(), "filter");
            Op op = op(item.get("op").asText());
            out.add(new Filter(column, op, values(op, item.path("value"), column)));
        }
        return out;
    }

    private static Op op(String text) {
        try {
            return Op.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown filter op \"" + text + "\"",
                    "use one of contains, eq, ne, gt, gte, lt, lte, null, notnull, in");
        }
    }

    private static List<String> values(Op op, JsonNode value, RelationColumn column) {
        switch (op) {
            case NULL, NOTNULL -> {
                return List.of();
            }
            case IN -> {
                if (!value.isArray() || value.isEmpty() || value.size() > MAX_IN) {
                    throw ApiException.badRequest("filter \"in\" on " + column.name() + " needs an array of 1 to " + MAX_IN
                            + " values", "send \"value\":[\"a\",\"b\"]");
                }
                List<String> out = new ArrayList<>();
                value.forEach(v -> out.add(scalar(v, column)));
                return out;
            }
            default -> {
                return List.of(scalar(value, column));
            }
        }
    }

    private static String scalar(JsonNode v, RelationColumn column) {
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw ApiException.badRequest("filter on " + column.name() + " needs a string, number or boolean value, not " + v,
                "send \"value\":\"text\" (or use op null / notnull)");
    }
}
