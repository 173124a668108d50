package dev.strata.core.source.dsl;

import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Final names: columns after {@link Casing}, and Drizzle Kit's default constraint and index names
 * ({@code drizzle-orm/src/pg-core/foreign-keys.ts}, {@code primary-keys.ts}, {@code unique-constraint.ts},
 * {@code drizzle-kit/src/serializer/pgSerializer.ts}; confirmed by the vectors).
 */
record Names(Casing casing) {
    private static final Pattern PLAIN = Pattern.compile("^[a-z_][a-z0-9_$]*$");

    String column(PgColumn c) {
        return casing.apply(c.name());
    }

    List<String> columns(List<PgColumn> cs) {
        return cs.stream().map(this::column).toList();
    }

    /** {@code "table"."column"}, as Drizzle writes a column inside checks, predicates and policies. */
    String qualified(PgColumn c) {
        return quote(c.table().qualifiedName().name()) + "." + quote(column(c));
    }

    /** {@code "column"}, as Drizzle writes a column inside index expressions and generated columns. */
    String bare(PgColumn c) {
        return quote(column(c));
    }

    String primaryKey(QualifiedName table, List<PgColumn> cs) {
        return table.name() + "_" + joined(cs) + "_pk";
    }

    String unique(QualifiedName table, List<PgColumn> cs) {
        return table.name() + "_" + joined(cs) + "_unique";
    }

    String index(QualifiedName table, List<PgColumn> cs) {
        return table.name() + "_" + joined(cs) + "_index";
    }

    String foreignKey(QualifiedName table, List<PgColumn> from, List<PgColumn> to) {
        return table.name() + "_" + joined(from) + "_" + to.get(0).table().qualifiedName().name() + "_" + joined(to) + "_fk";
    }

    /** The sequence of an identity or serial column: {@code <table>_<column>_seq} in the table's schema. */
    QualifiedName sequence(QualifiedName table, PgColumn c) {
        return new QualifiedName(table.schema(), table.name() + "_" + column(c) + "_seq");
    }

    /** {@code nextval('seq'::regclass)} as PostgreSQL deparses a serial default (qualified outside public). */
    static String nextval(QualifiedName sequence) {
        String name = sequence.schema().equals("public") ? ident(sequence.name())
                : ident(sequence.schema()) + "." + ident(sequence.name());
        return "nextval('" + name.replace("'", "''") + "'::regclass)";
    }

    private String joined(List<PgColumn> cs) {
        return cs.stream().map(this::column).collect(Collectors.joining("_"));
    }

    private static String ident(String name) {
        return PLAIN.matcher(name).matches() ? name : quote(name);
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
