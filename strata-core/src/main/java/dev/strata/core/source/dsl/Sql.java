package dev.strata.core.source.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A piece of SQL text that may mention columns, like Drizzle's {@code sql`...`} template: text parts are kept as
 * written, {@link PgColumn} parts become the quoted column name, table-qualified in checks, partial-index predicates
 * and policies ({@code "org"."score" >= 0}) and bare in index expressions ({@code lower("email")}), as Drizzle
 * renders them.
 *
 * @param parts {@link String} and {@link PgColumn} parts in order
 */
public record Sql(List<Object> parts) {
    public Sql {
        parts = List.copyOf(parts);
        for (Object p : parts) {
            if (!(p instanceof String) && !(p instanceof PgColumn)) {
                throw new IllegalArgumentException("sql(...) takes text and columns, not "
                        + (p == null ? "null" : p.getClass().getSimpleName()));
            }
        }
    }

    /** SQL made of {@code parts}: strings are SQL text, {@link PgColumn}s column references. */
    public static Sql of(Object... parts) {
        return new Sql(List.of(parts));
    }

    /** The columns this SQL mentions, in order. */
    public List<PgColumn> columns() {
        List<PgColumn> out = new ArrayList<>();
        parts.stream().filter(PgColumn.class::isInstance).forEach(p -> out.add((PgColumn) p));
        return out;
    }

    /** The text, each column written by {@code column}. */
    public String render(Function<PgColumn, String> column) {
        StringBuilder out = new StringBuilder();
        for (Object p : parts) {
            out.append(p instanceof PgColumn c ? column.apply(c) : (String) p);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render(c -> "\"" + c.name() + "\"");
    }
}
