package dev.strata.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code strata new} writes.
 *
 * @param name        snake_case name (the tag becomes {@code NNNN_name})
 * @param type        which template
 * @param description one line for the header
 * @param manual      a manual migration (outside the journal) instead of a numbered one
 */
public record NewMigrationOptions(String name, Type type, String description, boolean manual) {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** The kind of change, which decides the template's sections and advice. */
    public enum Type {
        /** A new table. */
        TABLE,
        /** Columns added, changed or dropped. */
        COLUMN,
        /** An index (built concurrently, in its own file). */
        INDEX,
        /** Rows changed, in batches. */
        DATA,
        /** Anything else. */
        OTHER;

        public static Type parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new StrataException.Input(Problem.of("new.bad-type", "unknown migration type \"" + text + "\"",
                        "use one of table, column, index, data, other"));
            }
        }
    }

    public NewMigrationOptions {
        if (name == null || !SNAKE_CASE.matcher(name).matches()) {
            throw new StrataException.Input(Problem.of("new.bad-name", "migration name \"" + name + "\" is not snake_case",
                    "use lower-case words joined by underscores, starting with a letter, e.g. --name add_orders_table"));
        }
        type = type == null ? Type.OTHER : type;
        description = description == null || description.isBlank() ? name.replace('_', ' ') : description.strip();
    }
}
