package dev.strata.studio;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * A value bound to a statement, never spliced into its text.
 *
 * @param value the value as text, or {@code null} for SQL NULL
 * @param typed true to let PostgreSQL type it from where it stands (compared with or stored into a
 *              column: the column's type); false to bind it as {@code text}
 */
record Param(String value, boolean typed) {
    static Param typed(String value) {
        return new Param(value, true);
    }

    static Param text(String value) {
        return new Param(value, false);
    }

    void bind(PreparedStatement ps, int index) throws SQLException {
        if (value == null) {
            ps.setNull(index, typed ? Types.OTHER : Types.VARCHAR);
        } else if (typed) {
            ps.setObject(index, value, Types.OTHER);
        } else {
            ps.setString(index, value);
        }
    }

    static void bindAll(PreparedStatement ps, List<Param> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            params.get(i).bind(ps, i + 1);
        }
    }
}
