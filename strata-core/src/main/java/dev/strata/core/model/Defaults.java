package dev.strata.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for column defaults, so that a default written by hand, by Drizzle or by the DSL
 * compares equal to the text PostgreSQL stores for it:
 * <ul>
 *   <li>a literal loses the cast PostgreSQL adds: {@code 'draft'::character varying} → {@code 'draft'},
 *       {@code '{}'::jsonb} → {@code '{}'};</li>
 *   <li>a number is compared as its literal: {@code 0}, {@code '0'} and {@code '0'::integer} are {@code '0'};
 *       {@code (-1)} is {@code '-1'};</li>
 *   <li>{@code CURRENT_TIMESTAMP}, {@code transaction_timestamp()} and {@code now()} are {@code now()};</li>
 *   <li>{@code nextval('s'::regclass)} is {@code nextval('s')}.</li>
 * </ul>
 * Anything else is kept as written (trimmed).
 */
public final class Defaults {
    private static final Pattern CAST_LITERAL = Pattern.compile("^('(?:[^']|'')*')(?:::[\\w .\"\\[\\]()]+)+$");
    private static final Pattern NUMBER = Pattern.compile("^\\(?(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\)?(?:::[\\w ]+)?$");
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\(('(?:[^']|'')*')::regclass\\)$");

    private Defaults() {
    }

    /** The canonical spelling of {@code sql}; {@code null} stays {@code null}. */
    public static String normalize(String sql) {
        if (sql == null) {
            return null;
        }
        String s = sql.strip();
        Matcher nextval = NEXTVAL.matcher(s);
        if (nextval.matches()) {
            return "nextval(" + nextval.group(1) + ")";
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("current_timestamp") || lower.equals("now()") || lower.equals("transaction_timestamp()")) {
            return "now()";
        }
        Matcher number = NUMBER.matcher(s);
        if (number.matches()) {
            return "'" + number.group(1) + "'";
        }
        Matcher literal = CAST_LITERAL.matcher(s);
        if (literal.matches()) {
            return literal.group(1);
        }
        return s;
    }
}
