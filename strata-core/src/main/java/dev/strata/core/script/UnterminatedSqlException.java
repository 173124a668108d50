package dev.strata.core.script;

/** A string, quoted identifier, dollar-quoted body or block comment that never ends. */
public final class UnterminatedSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;

    UnterminatedSqlException(String what, int line) {
        super("unterminated " + what + " starting at line " + line);
        this.line = line;
    }

    /** 1-based line where the unterminated construct starts. */
    public int line() {
        return line;
    }
}
