package dev.strata.core.lint;

import java.util.Locale;

/**
 * A possibly schema-qualified name as written in a statement.
 *
 * @param display the name for messages, e.g. {@code public.users}
 * @param key     the unqualified name folded to lower case, to compare names written differently
 * @param end     index of the token just after the name
 */
record Name(String display, String key, int end) {

    static Name of(String display, String lastPart, int end) {
        return new Name(display, lastPart.toLowerCase(Locale.ROOT), end);
    }

    boolean sameAs(Name other) {
        return key.equals(other.key);
    }
}
