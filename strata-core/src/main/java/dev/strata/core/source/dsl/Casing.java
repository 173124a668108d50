package dev.strata.core.source.dsl;

import java.util.Locale;

/**
 * How column names are spelled in the database, like Drizzle's {@code casing} option. Declare it as a field of the
 * schema class ({@code public static final Casing casing = Casing.SNAKE_CASE;}) to apply it to every table there.
 */
public enum Casing {
    /** Names are used as written. */
    AS_WRITTEN,
    /** camelCase names become snake_case ({@code accountId} → {@code account_id}); snake_case names stay. */
    SNAKE_CASE;

    /** {@code name} in this casing. */
    public String apply(String name) {
        if (this == AS_WRITTEN) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
