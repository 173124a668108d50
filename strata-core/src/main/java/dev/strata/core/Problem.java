package dev.strata.core;

import java.nio.file.Path;

/**
 * What went wrong, where, and what to do about it: the one shape of every user-facing error.
 *
 * @param code      stable identifier, e.g. {@code journal.broken-json}; never reworded once shipped
 * @param file      the file at fault, or {@code null}
 * @param line      1-based line in {@code file}, or 0 when unknown
 * @param statement the SQL statement involved (shown cut to ~200 characters), or {@code null}
 * @param sqlState  PostgreSQL's SQLSTATE, or {@code null}
 * @param message   what happened, in one sentence
 * @param detail    further lines: PostgreSQL's hint and detail, both sides of a mismatch; or {@code null}
 * @param fix       what the user should do next
 * @param state     what Strata did about it (rolled back, lock released...), or {@code null}
 */
public record Problem(
        String code,
        Path file,
        int line,
        String statement,
        String sqlState,
        String message,
        String detail,
        String fix,
        String state) {

    public Problem {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a problem needs a code");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    /** A problem with only a code, a message and a fix. */
    public static Problem of(String code, String message, String fix) {
        return new Problem(code, null, 0, null, null, message, null, fix, null);
    }

    /** A problem located in a file. */
    public static Problem inFile(String code, Path file, int line, String message, String fix) {
        return new Problem(code, file, line, null, null, message, null, fix, null);
    }

    public Problem withState(String newState) {
        return new Problem(code, file, line, statement, sqlState, message, detail, fix, newState);
    }

    public Problem withDetail(String newDetail) {
        return new Problem(code, file, line, statement, sqlState, message, newDetail, fix, state);
    }

    /** {@code file:line: } or {@code file: } or the empty string. */
    public String location() {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    /** The statement cut to about 200 characters on one line, for messages. */
    public String shortStatement() {
        if (statement == null) {
            return null;
        }
        String oneLine = statement.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }

    /** The multi-line human rendering used by the CLI (STYLE.md section 5). */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(location()).append(message);
        if (sqlState != null) {
            out.append(" (SQLSTATE ").append(sqlState).append(')');
        }
        if (statement != null) {
            out.append("\n  ").append(shortStatement());
        }
        if (detail != null && !detail.isBlank()) {
            for (String l : detail.strip().split("\n")) {
                out.append("\n  ").append(l);
            }
        }
        if (fix != null && !fix.isBlank()) {
            out.append("\n  fix: ").append(fix);
        }
        if (state != null && !state.isBlank()) {
            out.append("\n  state: ").append(state);
        }
        return out.toString();
    }
}
