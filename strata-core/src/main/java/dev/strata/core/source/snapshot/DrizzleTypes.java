package dev.strata.core.source.snapshot;

import dev.strata.core.model.ColumnType;
import dev.strata.core.model.QualifiedName;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types between PostgreSQL's {@code format_type} spelling (the model's) and drizzle-kit's (the snapshot's):
 * {@code character varying(255)} ↔ {@code varchar(255)}, {@code numeric(12,2)} ↔ {@code numeric(12, 2)},
 * {@code timestamp(3) with time zone} ↔ {@code timestamp (3) with time zone}... (vector {@code types}).
 */
final class DrizzleTypes {
    private static final Pattern NUMERIC = Pattern.compile("^numeric\\((\\d+),\\s*(\\d+)\\)$");
    private static final Pattern NUMERIC_PRECISION = Pattern.compile("^(?:numeric|decimal)\\((\\d+)\\)$");
    /** {@code timestamp(3) with time zone}, {@code time without time zone}, drizzle's {@code timestamp (3)}... */
    private static final Pattern TEMPORAL = Pattern.compile(
            "^(timestamp|time)\\s*(?:\\((\\d+)\\))?(?: (with|without) time zone)?$");
    private static final Pattern PREFIXED = Pattern.compile("^(character varying|varchar|character|char|bpchar)(\\(\\d+\\))?$");
    /*
     * Each column of a snapshot is spelled both ways, three regular expressions at a time, and a schema uses a
     * handful of distinct types: the spellings are remembered (5,000 tables: 100,000 columns converted per generate).
     */
    private static final Map<String, String> MODEL_BASES = new ConcurrentHashMap<>();
    private static final Map<String, String> DRIZZLE_BASES = new ConcurrentHashMap<>();
    private static final Map<String, String> SERIALS = Map.of("serial", "integer", "smallserial", "smallint",
            "bigserial", "bigint");
    private static final Map<String, String> ALIASES = Map.of("int", "integer", "int4", "integer", "int2", "smallint",
            "int8", "bigint", "float4", "real", "float8", "double precision", "bool", "boolean", "decimal", "numeric",
            "timestamptz", "timestamp with time zone", "timetz", "time with time zone");

    private DrizzleTypes() {
    }

    /** The serial pseudo-type for a column of {@code base} ({@code integer} → {@code serial}), or {@code null}. */
    static String serialOf(String base) {
        return SERIALS.entrySet().stream().filter(e -> e.getValue().equals(base)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The integer type a serial pseudo-type stands for, or {@code null} when {@code type} is no serial. */
    static String serialBase(String type) {
        return SERIALS.get(type);
    }

    /** drizzle's spelling of {@code type}: user types by bare name, arrays with one {@code []} per dimension. */
    static String drizzle(ColumnType type) {
        String base = type.userType() != null ? type.userType().name() : drizzleBase(type.base());
        return base + "[]".repeat(type.dimensions());
    }

    static String drizzleBase(String base) {
        return DRIZZLE_BASES.computeIfAbsent(base, DrizzleTypes::spellDrizzleBase);
    }

    private static String spellDrizzleBase(String base) {
        Matcher m = PREFIXED.matcher(base);
        if (m.matches()) {
            String word = m.group(1).startsWith("character varying") || m.group(1).equals("varchar") ? "varchar" : "char";
            return word + (m.group(2) == null ? "" : m.group(2));
        }
        m = NUMERIC.matcher(base);
        if (m.matches()) {
            return "numeric(" + m.group(1) + ", " + m.group(2) + ")";
        }
        m = TEMPORAL.matcher(base);
        if (m.matches()) {
            boolean zoned = "with".equals(m.group(3));
            String precision = m.group(2) == null ? "" : "(" + m.group(2) + ")";
            // drizzle-orm's PgTimestamp puts a space before the precision only in the zoned form
            if (zoned && m.group(1).equals("timestamp") && !precision.isEmpty()) {
                precision = " " + precision;
            }
            return m.group(1) + precision + (zoned ? " with time zone" : "");
        }
        return base;
    }

    /**
     * The model's type for a snapshot column type; {@code userType} is the enum or domain it names, or {@code null}
     * for a built-in type.
     */
    static ColumnType model(String drizzleType, QualifiedName userType) {
        String element = drizzleType.strip();
        int dimensions = 0;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2).strip();
            dimensions++;
        }
        if (userType != null) {
            return new ColumnType(element, dimensions, userType);
        }
        String serial = SERIALS.get(element);
        return new ColumnType(serial != null ? serial : modelBase(element), dimensions, null);
    }

    static String modelBase(String type) {
        return MODEL_BASES.computeIfAbsent(type, DrizzleTypes::spellModelBase);
    }

    private static String spellModelBase(String type) {
        String t = ALIASES.getOrDefault(type, type);
        Matcher m = PREFIXED.matcher(t);
        if (m.matches()) {
            boolean varying = m.group(1).equals("varchar") || m.group(1).equals("character varying");
            String length = m.group(2) == null ? (varying ? "" : "(1)") : m.group(2);
            return (varying ? "character varying" : "character") + length;
        }
        m = NUMERIC.matcher(t);
        if (m.matches()) {
            return "numeric(" + m.group(1) + "," + m.group(2) + ")";
        }
        m = NUMERIC_PRECISION.matcher(t);
        if (m.matches()) {
            return "numeric(" + m.group(1) + ",0)";
        }
        m = TEMPORAL.matcher(t);
        if (m.matches()) {
            String precision = m.group(2) == null ? "" : "(" + m.group(2) + ")";
            return m.group(1) + precision + ("with".equals(m.group(3)) ? " with time zone" : " without time zone");
        }
        return t;
    }
}
