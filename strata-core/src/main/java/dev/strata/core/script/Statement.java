package dev.strata.core.script;

/**
 * One SQL statement of a migration file, as PostgreSQL will receive it.
 *
 * @param sql   the statement text, from its first token through its terminating {@code ;} if any
 * @param line  1-based line of the file where the statement's first token is
 * @param index 1-based position of the statement in its file
 */
public record Statement(String sql, int line, int index) {
    public Statement {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("empty statement");
        }
        if (line < 1 || index < 1) {
            throw new IllegalArgumentException("line and index are 1-based");
        }
    }
}
