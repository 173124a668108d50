package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.script.Statement;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

/** Turns PostgreSQL's refusal of a statement into a {@link Problem} that says where and what to do. */
final class SqlFailure {
    private SqlFailure() {
    }

    /**
     * @param planned the migration
     * @param s       the statement that failed
     * @param e       PostgreSQL's error
     * @param state   what Strata did about it
     */
    static StrataException of(PlannedMigration planned, Statement s, SQLException e, String state) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String sqlState = e.getSQLState();
        int line = s.line() + linesBefore(s.sql(), server == null ? 0 : server.getPosition());
        StringBuilder detail = new StringBuilder(server != null && server.getMessage() != null ? server.getMessage() : e.getMessage());
        if (server != null && server.getDetail() != null) {
            detail.append("\ndetail: ").append(server.getDetail());
        }
        if (server != null && server.getHint() != null) {
            detail.append("\nhint: ").append(server.getHint());
        }
        if (server != null && server.getWhere() != null) {
            detail.append("\nwhere: ").append(server.getWhere().replace('\n', ' '));
        }
        Problem problem = new Problem("sql.failed", planned.migration().file(), line, s.sql(), sqlState,
                "statement " + s.index() + " of " + planned.statements().size() + " failed", detail.toString(),
                fix(planned, s, sqlState), state);
        if (sqlState != null && sqlState.startsWith("08")) {
            return new StrataException.Unavailable(problem, e);
        }
        return new StrataException.Database(problem, e);
    }

    private static String fix(PlannedMigration planned, Statement s, String sqlState) {
        String file = planned.migration().file().getFileName().toString();
        String rerun = planned.mode() == TransactionMode.NONE
                ? "fix statement " + s.index() + " in " + file + " (or the data it needs) and run strata migrate again: it resumes at statement " + s.index()
                : "fix the statement in " + file + " (or the data it needs) and run strata migrate again";
        if (sqlState == null) {
            return rerun;
        }
        return switch (sqlState) {
            case "25001" -> "give the statement its own migration file; Strata runs that outside a transaction";
            case "42P07", "42701", "42710", "42P06", "42723" ->
                    "the object already exists: if this migration was applied by hand, it must not run again; "
                            + "make the statement idempotent (IF NOT EXISTS) or remove the object, then run strata migrate again";
            case "42P01", "42703", "42704", "3F000" ->
                    "the object does not exist: check that the migrations run in the right order (strata status) "
                            + "and that --url points at the right database";
            case "53200" -> planned.mode() == TransactionMode.BATCH
                    ? "the single transaction took more locks than max_locks_per_transaction allows: run without "
                    + "--single-transaction (one transaction per migration), or raise max_locks_per_transaction"
                    : "raise max_locks_per_transaction on the server, or split the migration";
            case "55P03" -> "another session holds a lock on the object: retry when it is done, or set lock_timeout";
            case "57014" -> "the statement was cancelled (statement_timeout?): raise the timeout or make the statement cheaper";
            case "55P04" -> "the enum value is used in the transaction that adds it: put ADD VALUE in its own migration";
            default -> rerun;
        };
    }

    /** Line breaks before PostgreSQL's 1-based character position in the statement. */
    private static int linesBefore(String sql, int position) {
        int lines = 0;
        for (int i = 0; i < position - 1 && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
