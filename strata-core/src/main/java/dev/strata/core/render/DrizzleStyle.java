package dev.strata.core.render;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Identity;
import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How drizzle-kit spells names, types and columns in the migrations it generates: public tables unqualified,
 * {@code varchar(n)}, {@code numeric(p, s)}, {@code timestamp (3) with time zone}, {@code serial} for an integer
 * column fed by its own sequence, types it does not know quoted ({@code "inet"}), identity sequences qualified
 * outside public. (Read from the vectors in {@code shared/vectors/drizzle}.)
 */
final class DrizzleStyle {
    /** Type names drizzle-kit writes bare; any other built-in type it puts in double quotes. */
    private static final Set<String> NATIVE = Set.of("smallint", "integer", "bigint", "serial", "bigserial", "numeric",
            "decimal", "real", "double precision", "boolean", "text", "varchar", "char", "uuid", "json", "jsonb",
            "date", "time", "timestamp", "interval");
    private static final Pattern NUMERIC = Pattern.compile("^numeric\\((\\d+),\\s*(\\d+)\\)$");
    private static final Pattern TEMPORAL = Pattern.compile("^(timestamp|time)(?:\\((\\d+)\\))? (with|without) time zone$");
    private static final Pattern CHARACTER = Pattern.compile("^(character varying|character)(\\(\\d+\\))?$");
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('((?:[^']|'')*)'(?:::regclass)?\\)$");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> SERIALS = List.of("smallserial", "serial", "bigserial");

    private DrizzleStyle() {
    }

    /** {@code "t"} for a table in public, {@code "s"."t"} elsewhere. */
    static String table(QualifiedName name) {
        return name.schema().equals("public") ? Identifiers.quote(name.name()) : Identifiers.qualified(name);
    }

    /** {@code ALTER TABLE "t"}. */
    static String alter(QualifiedName table) {
        return "ALTER TABLE " + table(table);
    }

    /** {@code ALTER TABLE "t" ALTER COLUMN "c"}. */
    static String alterColumn(QualifiedName table, String column) {
        return alter(table) + " ALTER COLUMN " + Identifiers.quote(column);
    }

    /** A column type as drizzle writes it; enums quoted and qualified outside public. */
    static String type(ColumnType type) {
        String base = type.userType() != null ? table(type.userType()) : builtin(type.base());
        return base + "[]".repeat(type.dimensions());
    }

    private static String builtin(String base) {
        String spelled = spelling(base);
        String word = spelled.replaceAll("\\s*\\(.*$", "").replaceAll(" with(out)? time zone$", "")
                .replaceAll(" (year|month|day|hour|minute|second).*$", "");
        return NATIVE.contains(word) ? spelled : Identifiers.quote(spelled);
    }

    /** {@code character varying(255)} → {@code varchar(255)} and the like. */
    static String spelling(String base) {
        Matcher m = CHARACTER.matcher(base);
        if (m.matches()) {
            return (m.group(1).equals("character") ? "char" : "varchar") + (m.group(2) == null ? "" : m.group(2));
        }
        m = NUMERIC.matcher(base);
        if (m.matches()) {
            return "numeric(" + m.group(1) + ", " + m.group(2) + ")";
        }
        m = TEMPORAL.matcher(base);
        if (m.matches()) {
            boolean zoned = m.group(3).equals("with");
            String precision = m.group(2) == null ? "" : "(" + m.group(2) + ")";
            // drizzle-orm puts a space before the precision of a zoned timestamp only
            if (zoned && m.group(1).equals("timestamp") && !precision.isEmpty()) {
                precision = " " + precision;
            }
            return m.group(1) + precision + (zoned ? " with time zone" : "");
        }
        return base;
    }

    /**
     * The serial pseudo-type when {@code column} of {@code table} is an integer fed by {@code nextval} of the sequence
     * {@code serial} makes ({@code <table>_<column>_seq}), else {@code null}.
     */
    static String serial(QualifiedName table, Column column) {
        ColumnType type = column.type();
        if (type.userType() != null || type.dimensions() > 0 || !INTEGERS.contains(type.base())
                || column.identity() != null || column.defaultSql() == null) {
            return null;
        }
        Matcher m = NEXTVAL.matcher(column.defaultSql().strip());
        if (!m.matches()) {
            return null;
        }
        String sequence = m.group(1).replace("\"", "");
        String expected = table.name() + "_" + column.name() + "_seq";
        boolean same = sequence.equals(expected) || sequence.equals(table.schema() + "." + expected);
        return same ? SERIALS.get(INTEGERS.indexOf(type.base())) : null;
    }

    /** A default as drizzle writes it: {@code nextval('s')} without the {@code ::regclass} PostgreSQL adds. */
    static String defaultSql(String sql) {
        Matcher m = NEXTVAL.matcher(sql.strip());
        return m.matches() ? "nextval('" + m.group(1) + "')" : sql;
    }

    /**
     * {@code "c" type [PRIMARY KEY] [GENERATED ...] [DEFAULT ...] [NOT NULL]}; identity columns get no
     * {@code NOT NULL} (identity implies it), serial columns no default.
     */
    static String column(QualifiedName table, Column column, boolean primaryKey) {
        String serial = serial(table, column);
        StringBuilder sql = new StringBuilder(Identifiers.quote(column.name())).append(' ')
                .append(serial != null ? builtin(serial) : type(column.type()));
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(Identifiers.quote(column.collation()));
        }
        if (primaryKey) {
            sql.append(" PRIMARY KEY");
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        }
        if (column.identity() != null) {
            sql.append(' ').append(identity(table, column.identity()));
        }
        if (column.defaultSql() != null && serial == null) {
            sql.append(" DEFAULT ").append(defaultSql(column.defaultSql()));
        }
        if (column.notNull() && column.identity() == null) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** {@code GENERATED ALWAYS AS IDENTITY (sequence name "t_id_seq" INCREMENT BY 1 ...)}. */
    static String identity(QualifiedName table, Identity identity) {
        return "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (sequence name "
                + table(identity.sequence()) + " " + SequenceDdl.options(identity.options()) + ")";
    }
}
