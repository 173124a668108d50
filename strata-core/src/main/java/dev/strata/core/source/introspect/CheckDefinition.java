package dev.strata.core.source.introspect;

import dev.strata.core.model.CheckConstraint;

/** Turns {@code pg_get_constraintdef} output ({@code CHECK ((price > 0)) NOT VALID}) into a check constraint. */
final class CheckDefinition {
    private static final String NOT_VALID = " NOT VALID";

    private CheckDefinition() {
    }

    static CheckConstraint parse(String name, String definition) {
        String text = definition.strip();
        boolean validated = !text.endsWith(NOT_VALID);
        if (!validated) {
            text = text.substring(0, text.length() - NOT_VALID.length()).strip();
        }
        if (text.endsWith(" NO INHERIT")) {
            text = text.substring(0, text.length() - " NO INHERIT".length()).strip();
        }
        if (!text.startsWith("CHECK (") || !text.endsWith(")")) {
            throw new IllegalStateException("unexpected check constraint definition for " + name + ": " + definition);
        }
        return new CheckConstraint(name, text.substring("CHECK (".length(), text.length() - 1), validated);
    }
}
