package dev.strata.core.source.dsl;

import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Objects;

/**
 * An enum type: {@code pgEnum("status", "draft", "active")}; columns use it with {@code t.enumColumn("status", status)}.
 *
 * @param name   schema-qualified name
 * @param values the labels in sort order
 */
public record PgEnum(QualifiedName name, List<String> values) {
    public PgEnum {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("enum " + name + " has no values");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("enum " + name + " repeats a value: " + values);
        }
    }
}
