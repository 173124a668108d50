package dev.strata.core.source.dsl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.model.ColumnType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Column defaults as the SQL text Drizzle writes for the same {@code .default(...)}. */
final class DefaultLiterals {
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private DefaultLiterals() {
    }

    /** Made on first use: most schemas have no JSON default, and a mapper costs a tenth of a second to start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** A quoted SQL string literal. */
    static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A point in time, as {@code toISOString()} for a zoned timestamp, as UTC wall time otherwise. */
    static String instant(Instant value, ColumnType type) {
        boolean zoned = type.base().endsWith("with time zone");
        return string((zoned ? ZONED : PLAIN).format(value.atOffset(ZoneOffset.UTC)));
    }

    static String date(LocalDate value) {
        return string(value.toString());
    }

    static String dateTime(LocalDateTime value) {
        return string(PLAIN.format(value));
    }

    /** JSON text, compacted as {@code JSON.stringify} does, with the column's cast. */
    static String json(String text, ColumnType type) {
        try {
            return string(Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(text))) + "::" + type.base();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("defaultJson: not JSON: " + text + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** A one-dimensional array literal: strings double-quoted, numbers and booleans bare. */
    static String array(Object... values) {
        List<String> items = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Number || v instanceof Boolean) {
                items.add(v.toString());
            } else {
                items.add("\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        return string("{" + String.join(",", items) + "}");
    }
}
