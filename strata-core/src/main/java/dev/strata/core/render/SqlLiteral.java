package dev.strata.core.render;

/** String literals as SQL (standard_conforming_strings on, so backslashes need no escaping). */
final class SqlLiteral {
    private SqlLiteral() {
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
