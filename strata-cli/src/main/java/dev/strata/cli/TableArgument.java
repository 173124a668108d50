package dev.strata.cli;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

/**
 * A table as a user types it: {@code users}, {@code billing.accounts}, or with double quotes around a
 * part that holds dots or quotes ({@code "my.schema"."Odd ""name"""}). Unquoted parts are taken as
 * written, not folded to lower case: the catalog is matched exactly, and a miss names close names.
 *
 * @param schema the schema, or {@code null} when not given
 * @param name   the table name
 */
record TableArgument(String schema, String name) {

    static TableArgument parse(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '.' && !quoted) {
                return new TableArgument(unquote(text.substring(0, i)), unquote(text.substring(i + 1)));
            }
        }
        return new TableArgument(null, unquote(text));
    }

    private static String unquote(String part) {
        String p = part.strip();
        if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
            p = p.substring(1, p.length() - 1).replace("\"\"", "\"");
        }
        if (p.isEmpty()) {
            throw new StrataException.Input(Problem.of("inspect.bad-table-name", "not a table name: \"" + part + "\"",
                    "write it as name or schema.name, with double quotes around a part holding dots"));
        }
        return p;
    }
}
