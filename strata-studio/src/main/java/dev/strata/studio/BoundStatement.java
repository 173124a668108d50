package dev.strata.studio;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement with its parameters, in two spellings: {@code $1, $2} for the preview (as psql and the
 * server's logs show it) and {@code ?} for JDBC. Built by appending identifiers (already quoted) and
 * parameters, never values.
 *
 * @param sql     the text with {@code $n} placeholders
 * @param jdbcSql the same text with {@code ?} placeholders
 * @param params  the parameters in order
 */
record BoundStatement(String sql, String jdbcSql, List<Param> params) {
    BoundStatement {
        params = List.copyOf(params);
    }

    /** Builds a statement piece by piece. */
    static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final StringBuilder jdbc = new StringBuilder();
        private final List<Param> params = new ArrayList<>();

        /** SQL text the studio wrote or quoted (keywords, quoted catalog names). */
        Builder text(String text) {
            sql.append(text);
            jdbc.append(text);
            return this;
        }

        /** A value, bound as a parameter typed by where it stands. */
        Builder param(String value) {
            params.add(Param.typed(value));
            sql.append('$').append(params.size());
            jdbc.append('?');
            return this;
        }

        BoundStatement build() {
            return new BoundStatement(sql.toString(), jdbc.toString(), params);
        }
    }
}
