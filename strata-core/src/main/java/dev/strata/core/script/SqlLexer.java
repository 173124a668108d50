package dev.strata.core.script;

/**
 * Steps over the parts of SQL text whose content never ends or splits a statement: quoted strings
 * (standard and {@code E''} escape strings), quoted identifiers, dollar-quoted bodies, {@code --}
 * and nested block comments. Positions are indexes into the text; lines are counted on the way.
 */
final class SqlLexer {
    private final String text;
    private int line = 1;

    SqlLexer(String text) {
        this.text = text;
    }

    int line() {
        return line;
    }

    /** Counts the line breaks in {@code [from, to)} into {@link #line()} and returns {@code to}. */
    int advance(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return to;
    }

    /**
     * If a quoted part or comment starts at {@code i}, returns the index just after it (lines
     * counted); otherwise returns {@code i}.
     */
    int skipQuotedOrComment(int i) {
        char c = text.charAt(i);
        if (c == '\'') {
            return advance(i, endOfString(i, isEscapeString(i)));
        }
        if (c == '"') {
            return advance(i, endOfQuoted(i, '"', "quoted identifier"));
        }
        if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
            int nl = text.indexOf('\n', i);
            return nl < 0 ? text.length() : nl;
        }
        if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
            return advance(i, endOfBlockComment(i));
        }
        if (c == '$') {
            String tag = dollarTag(i);
            if (tag != null) {
                int close = text.indexOf(tag, i + tag.length());
                if (close < 0) {
                    throw new UnterminatedSqlException("dollar-quoted string " + tag, lineAt(i));
                }
                return advance(i, close + tag.length());
            }
        }
        return i;
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, or null ({@code $1}, or {@code $} inside an identifier). */
    String dollarTag(int i) {
        if (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
            return null;
        }
        int j = i + 1;
        if (j < text.length() && isIdentifierStart(text.charAt(j))) {
            j++;
            while (j < text.length() && isIdentifierPart(text.charAt(j)) && text.charAt(j) != '$') {
                j++;
            }
        }
        return j < text.length() && text.charAt(j) == '$' ? text.substring(i, j + 1) : null;
    }

    private boolean isEscapeString(int quote) {
        if (quote == 0 || (text.charAt(quote - 1) != 'E' && text.charAt(quote - 1) != 'e')) {
            return false;
        }
        return quote == 1 || !isIdentifierPart(text.charAt(quote - 2));
    }

    private int endOfString(int open, boolean backslashEscapes) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new UnterminatedSqlException(backslashEscapes ? "E'' string" : "quoted string", lineAt(open));
    }

    private int endOfQuoted(int open, char quote, String what) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new UnterminatedSqlException(what, lineAt(open));
    }

    private int endOfBlockComment(int open) {
        int depth = 0;
        int i = open;
        while (i + 1 < text.length()) {
            if (text.charAt(i) == '/' && text.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (text.charAt(i) == '*' && text.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new UnterminatedSqlException("block comment", lineAt(open));
    }

    /** The line of {@code index}: callers only ask at the current scan position, where {@link #line} is. */
    private int lineAt(int index) {
        return line;
    }

    static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c) || c == '$';
    }
}
