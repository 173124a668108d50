package dev.strata.core.lint;

import dev.strata.core.lint.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into {@link Token}s: words, quoted identifiers, strings ({@code ''} and
 * {@code E''}), dollar-quoted bodies, comments and punctuation, with lines and parenthesis depth.
 * It never throws: an unterminated part runs to the end (the splitter reports those).
 */
final class SqlTokens {
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int line;
    private int depth;
    private int i;

    private SqlTokens(String text, int firstLine) {
        this.text = text;
        this.line = firstLine;
    }

    static List<Token> of(String text, int firstLine) {
        SqlTokens scanner = new SqlTokens(text, firstLine);
        scanner.scan();
        return List.copyOf(scanner.tokens);
    }

    private void scan() {
        while (i < text.length()) {
            char c = text.charAt(i);
            int startLine = line;
            if (Character.isWhitespace(c)) {
                moveTo(i + 1);
            } else if (text.startsWith("--", i)) {
                add(Kind.COMMENT, text.substring(i, moveTo(lineEnd())), startLine);
            } else if (text.startsWith("/*", i)) {
                int start = i;
                add(Kind.COMMENT, text.substring(start, moveTo(blockCommentEnd())), startLine);
            } else if (c == '\'' || c == '"' || isEscapeStringStart(c)) {
                quoted(startLine);
            } else if (c == '$' && dollarTag() != null) {
                int start = i;
                String tag = dollarTag();
                int close = text.indexOf(tag, i + tag.length());
                add(Kind.BODY, text.substring(start, moveTo(close < 0 ? text.length() : close + tag.length())), startLine);
            } else if (isIdentifierStart(c)) {
                int start = i;
                add(Kind.WORD, text.substring(start, moveTo(end(i, true))), startLine);
            } else if (Character.isDigit(c)) {
                int start = i;
                add(Kind.SYMBOL, text.substring(start, moveTo(end(i, false))), startLine);
            } else {
                symbol(c);
            }
        }
    }

    private void symbol(char c) {
        if (c == ')') {
            depth = Math.max(0, depth - 1);
        }
        add(Kind.SYMBOL, String.valueOf(c), line);
        if (c == '(') {
            depth++;
        }
        i++;
    }

    private void quoted(int startLine) {
        boolean escapes = text.charAt(i) != '\'' && text.charAt(i) != '"';
        if (escapes) {
            i++;
        }
        char quote = text.charAt(i);
        StringBuilder content = new StringBuilder();
        int j = i + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (escapes && c == '\\' && j + 1 < text.length()) {
                content.append(text.charAt(j + 1));
                j += 2;
            } else if (c == quote && j + 1 < text.length() && text.charAt(j + 1) == quote) {
                content.append(quote);
                j += 2;
            } else if (c == quote) {
                j++;
                break;
            } else {
                content.append(c);
                j++;
            }
        }
        moveTo(j);
        add(quote == '"' ? Kind.IDENTIFIER : Kind.STRING, content.toString(), startLine);
    }

    private boolean isEscapeStringStart(char c) {
        return (c == 'E' || c == 'e') && i + 1 < text.length() && text.charAt(i + 1) == '\''
                && (i == 0 || !isIdentifierPart(text.charAt(i - 1)));
    }

    private String dollarTag() {
        if (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
            return null;
        }
        int j = i + 1;
        if (j < text.length() && isIdentifierStart(text.charAt(j))) {
            while (j < text.length() && isIdentifierPart(text.charAt(j)) && text.charAt(j) != '$') {
                j++;
            }
        }
        return j < text.length() && text.charAt(j) == '$' ? text.substring(i, j + 1) : null;
    }

    private int blockCommentEnd() {
        int nesting = 0;
        int j = i;
        while (j + 1 < text.length()) {
            if (text.startsWith("/*", j)) {
                nesting++;
                j += 2;
            } else if (text.startsWith("*/", j)) {
                nesting--;
                j += 2;
                if (nesting == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return text.length();
    }

    private int lineEnd() {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }

    private int end(int from, boolean word) {
        int j = from + 1;
        while (j < text.length() && (word ? isIdentifierPart(text.charAt(j)) : isNumberPart(text.charAt(j)))) {
            j++;
        }
        return j;
    }

    /** Moves to {@code to}, counting the line breaks passed; returns {@code to}. */
    private int moveTo(int to) {
        for (int j = i; j < to; j++) {
            if (text.charAt(j) == '\n') {
                line++;
            }
        }
        i = to;
        return to;
    }

    private void add(Kind kind, String value, int startLine) {
        tokens.add(new Token(kind, value, startLine, depth));
    }

    private static boolean isNumberPart(char c) {
        return Character.isDigit(c) || c == '.' || c == '_';
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c) || c == '$';
    }
}
