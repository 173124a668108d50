package dev.strata.core.lint;

/**
 * One token of SQL text.
 *
 * @param kind  what it is
 * @param text  the word as written, a string's or quoted identifier's content (unescaped), a
 *              comment or body as written, or the punctuation characters
 * @param line  1-based line of the file where it starts
 * @param depth how many parentheses enclose it; {@code (} and {@code )} count as outside
 */
record Token(Kind kind, String text, int line, int depth) {

    enum Kind { WORD, IDENTIFIER, STRING, BODY, COMMENT, SYMBOL }

    boolean isWord(String upper) {
        return kind == Kind.WORD && text.equalsIgnoreCase(upper);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.IDENTIFIER;
    }
}
