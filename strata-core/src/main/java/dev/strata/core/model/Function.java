package dev.strata.core.model;

import java.util.Objects;

/**
 * A function or procedure, kept whole as its definition: Strata does not model PL/pgSQL.
 *
 * @param arguments  the identity arguments ({@code integer, text}); with the name they identify the function
 * @param definition the complete {@code CREATE OR REPLACE FUNCTION ...} text
 */
public record Function(QualifiedName name, String arguments, String definition) {
    public Function {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(definition, "definition");
    }

    /** {@code schema.name(arguments)}, the function's identity. */
    public String signature() {
        return name + "(" + arguments + ")";
    }
}
