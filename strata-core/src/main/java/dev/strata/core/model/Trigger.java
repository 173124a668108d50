package dev.strata.core.model;

import java.util.Objects;

/**
 * A trigger, kept whole as its definition.
 *
 * @param table      the table it is on
 * @param definition the complete {@code CREATE TRIGGER ...} text
 */
public record Trigger(QualifiedName table, String name, String definition) {
    public Trigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
