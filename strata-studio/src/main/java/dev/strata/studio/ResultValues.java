package dev.strata.studio;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Column values as JSON values: JSON and JSONB as JSON, booleans as booleans, numbers that a browser
 * holds exactly as numbers, everything else (numeric, bigints past 2^53, dates, arrays, bytea...) as
 * PostgreSQL's text.
 */
final class ResultValues {
    private static final long SAFE = 1L << 53;

    private ResultValues() {
    }

    static Object read(ResultSet rs, int index, String typeName, ObjectMapper mapper) throws SQLException {
        switch (typeName) {
            case "bool" -> {
                boolean b = rs.getBoolean(index);
                return rs.wasNull() ? null : b;
            }
            case "int2", "int4" -> {
                int i = rs.getInt(index);
                return rs.wasNull() ? null : i;
            }
            case "int8" -> {
                long l = rs.getLong(index);
                return rs.wasNull() ? null : Math.abs(l) <= SAFE ? (Object) l : Long.toString(l);
            }
            case "float4", "float8" -> {
                double d = rs.getDouble(index);
                return rs.wasNull() ? null : Double.isFinite(d) ? (Object) d : rs.getString(index);
            }
            case "json", "jsonb" -> {
                String text = rs.getString(index);
                return text == null ? null : json(text, mapper);
            }
            default -> {
                return rs.getString(index);
            }
        }
    }

    /** {@code pg_type.typname} of a result column (pgjdbc calls it the column type name). */
    static String typeName(ResultSetMetaData md, int index) throws SQLException {
        String name = md.getColumnTypeName(index);
        return name == null ? "" : name.replace("\"", "");
    }

    private static Object json(String text, ObjectMapper mapper) {
        try {
            return mapper.readTree(text);
        } catch (java.io.IOException e) {
            return text;
        }
    }
}
