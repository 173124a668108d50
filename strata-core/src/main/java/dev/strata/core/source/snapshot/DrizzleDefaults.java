package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.model.ColumnType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column defaults between the SQL text PostgreSQL deparses ({@code 'free'::character varying}, {@code '-1'::integer},
 * {@code nextval('s'::regclass)}) and what drizzle-kit writes for the same schema ({@code "'free'"}, {@code -1},
 * {@code "nextval('s')"}).
 */
final class DrizzleDefaults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile(
            "^\\(?'?(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)'?\\)?(?:::[\\w ]+)?$");
    private static final Pattern CAST_LITERAL = Pattern.compile("^('(?:[^']|'')*')((?:::[\\w .\"\\[\\]()]+)+)$");
    private static final Pattern NEXTVAL_REGCLASS = Pattern.compile("^nextval\\(('(?:[^']|'')*')::regclass\\)$");
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\(('(?:[^']|'')*')\\)$");
    private static final Pattern TIMESTAMPTZ_UTC = Pattern.compile(
            "^'(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,6}))?\\+00'$");
    private static final Set<String> NUMBER_TYPES = Set.of("smallint", "integer", "bigint", "real", "double precision");
    /** The largest integer a JavaScript number holds exactly: beyond it drizzle had a {@code bigint} default. */
    private static final BigDecimal SAFE_INTEGER = BigDecimal.valueOf(9007199254740991L);

    private DrizzleDefaults() {
    }

    /** drizzle's {@code default} for a column of {@code type} whose default PostgreSQL deparses as {@code sql}. */
    static SnapshotDefault snapshot(String sql, ColumnType type) {
        if (sql == null) {
            return null;
        }
        String s = sql.strip();
        if (s.equals("true") || s.equals("false")) {
            return new SnapshotDefault.Bool(Boolean.parseBoolean(s));
        }
        Matcher nextval = NEXTVAL_REGCLASS.matcher(s);
        if (nextval.matches()) {
            return new SnapshotDefault.Text("nextval(" + nextval.group(1) + ")");
        }
        String base = type.userType() == null ? type.base() : "";
        Matcher number = NUMBER.matcher(s);
        if (!type.isArray() && number.matches()) {
            SnapshotDefault n = number(number.group(1), base);
            if (n != null) {
                return n;
            }
        }
        Matcher literal = CAST_LITERAL.matcher(s);
        if (literal.matches()) {
            return new SnapshotDefault.Text(literal(literal.group(1), literal.group(2), type));
        }
        return new SnapshotDefault.Text(s);
    }

    private static SnapshotDefault number(String digits, String base) {
        BigDecimal value = new BigDecimal(digits);
        if (base.startsWith("numeric")) {
            // drizzle-orm's numeric() takes its default as a string: written as a quoted literal
            return new SnapshotDefault.Text("'" + digits + "'");
        }
        if (base.equals("bigint") && value.abs().compareTo(SAFE_INTEGER) > 0) {
            return new SnapshotDefault.Text(digits);
        }
        return NUMBER_TYPES.contains(base) ? new SnapshotDefault.Number(value) : null;
    }

    private static String literal(String quoted, String casts, ColumnType type) {
        String base = type.userType() == null ? type.base() : "";
        if (!type.isArray() && (base.equals("json") || base.equals("jsonb"))) {
            return "'" + compactJson(quoted) + "'::" + base;
        }
        if (type.isArray() && quoted.equals("'{}'")) {
            // an empty array keeps its cast: drizzle has it only from sql`'{}'::text[]`, as `.default([])` gives '{}'
            return quoted + casts;
        }
        if (type.isArray() && type.dimensions() == 1) {
            return "'" + arrayLiteral(unquote(quoted), type) + "'";
        }
        Matcher utc = TIMESTAMPTZ_UTC.matcher(quoted);
        if (base.startsWith("timestamp") && base.endsWith("with time zone") && utc.matches()) {
            // a JavaScript Date default: drizzle writes toISOString(), which PostgreSQL prints back in UTC
            String millis = ((utc.group(3) == null ? "" : utc.group(3)) + "000").substring(0, 3);
            return "'" + utc.group(1) + "T" + utc.group(2) + "." + millis + "Z'";
        }
        return quoted;
    }

    /** JSON text as {@code JSON.stringify} writes it (jsonb prints it with spaces); unparsable text is kept. */
    private static String compactJson(String quoted) {
        String text = unquote(quoted);
        try {
            return JSON.writeValueAsString(JSON.readTree(text)).replace("'", "''");
        } catch (JsonProcessingException e) {
            return quoted.substring(1, quoted.length() - 1);
        }
    }

    /**
     * A one-dimensional array literal as drizzle's {@code buildArrayString} writes it: strings double-quoted, numbers
     * and booleans bare ({@code {red,blue}} → {@code {"red","blue"}}).
     */
    private static String arrayLiteral(String text, ColumnType type) {
        if (!text.startsWith("{") || !text.endsWith("}")  || text.contains("\"")
                || text.indexOf('{', 1) >= 0) {
            return text.replace("'", "''");
        }
        String element = type.userType() == null ? type.base() : "";
        List<String> out = new ArrayList<>();
        for (String item : text.substring(1, text.length() - 1).split(",", -1)) {
            if (NUMBER_TYPES.contains(element) || element.startsWith("numeric") || item.equals("NULL")) {
                out.add(item);
            } else if (element.equals("boolean")) {
                out.add(item.equals("t") ? "true" : item.equals("f") ? "false" : item);
            } else {
                out.add("\"" + item + "\"");
            }
        }
        return ("{" + String.join(",", out) + "}").replace("'", "''");
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("''", "'");
    }

    /** The SQL text for drizzle's {@code default}: JSON numbers and booleans as literals, sequences as regclass. */
    static String sql(SnapshotDefault value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SnapshotDefault.Bool b) {
            return String.valueOf(b.value());
        }
        if (value instanceof SnapshotDefault.Number n) {
            return n.value().toPlainString();
        }
        String text = ((SnapshotDefault.Text) value).sql();
        Matcher nextval = NEXTVAL.matcher(text.strip());
        return nextval.matches() ? "nextval(" + nextval.group(1) + "::regclass)" : text;
    }
}
