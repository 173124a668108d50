package dev.strata.studio;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

/** PostgreSQL errors as API errors: the message, SQLSTATE, position, and a fix where one is known. */
final class SqlErrors {
    private SqlErrors() {
    }

    static SqlApiException toApi(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int position = 0;
        String message = e.getMessage();
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            position = m.getPosition();
            message = m.getMessage();
        }
        return new SqlApiException(status(state), message, fix(state), state, position);
    }

    private static int status(String state) {
        if (state.startsWith("08")) {
            return 503;
        }
        return state.isEmpty() ? 500 : 400;
    }

    private static String fix(String state) {
        return switch (state) {
            case "25006" -> "the studio is read-only: restart with strata studio --write to change data";
            case "57014" -> "the statement ran longer than the statement timeout: narrow it, or restart with a longer "
                    + "--statement-timeout";
            case "42601" -> "fix the SQL syntax at the position shown";
            case "42P01", "42703" -> "check the name against the schema page";
            case "23505", "23503", "23502", "23514" -> "the change breaks a constraint: fix the values and try again";
            default -> state.startsWith("08") ? "check that the database server is running" : "fix the statement and try again";
        };
    }

    /** An API error that came from PostgreSQL, with its SQLSTATE and 1-based position (0 when unknown). */
    static final class SqlApiException extends ApiException {
        private static final long serialVersionUID = 1L;

        private final String sqlState;
        private final int position;

        SqlApiException(int status, String error, String fix, String sqlState, int position) {
            super(status, error, fix);
            this.sqlState = sqlState;
            this.position = position;
        }

        String sqlState() {
            return sqlState;
        }

        int position() {
            return position;
        }
    }
}
