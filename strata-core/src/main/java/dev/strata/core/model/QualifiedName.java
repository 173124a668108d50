package dev.strata.core.model;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified object name, e.g. {@code public.users}. Names are kept exactly as the catalog spells them. */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
