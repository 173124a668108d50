package dev.strata.core.render;

import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.stream.Collectors;

/** Identifiers as SQL: always double-quoted, so case and reserved words survive. */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code name} in double quotes, inner double quotes doubled: {@code we"ird} → {@code "we""ird"}. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The schema-qualified quoted name: {@code "billing"."invoices"}. */
    public static String qualified(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }

    /** Quoted names joined drizzle-kit's way, without spaces: {@code "a","b"}. */
    static String list(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(","));
    }
}
