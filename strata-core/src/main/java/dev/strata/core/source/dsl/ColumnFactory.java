package dev.strata.core.source.dsl;

import dev.strata.core.model.ColumnType;

/**
 * The column types of Drizzle's pg-core, one method each; the table builder inherits them. Types are spelled as
 * PostgreSQL's {@code format_type} does ({@code character varying(255)}, {@code timestamp(3) with time zone}).
 */
public abstract class ColumnFactory {
    ColumnFactory() {
    }

    /** Adds a column of {@code type}; {@code serial} is the serial pseudo-type it came from, or {@code null}. */
    abstract PgColumn add(String name, ColumnType type, String serial);

    private PgColumn add(String name, String base) {
        return add(name, ColumnType.of(base), null);
    }

    /** {@code smallint}. */
    public PgColumn smallint(String name) { return add(name, "smallint"); }

    /** {@code integer}. */
    public PgColumn integer(String name) { return add(name, "integer"); }

    /** {@code bigint}. */
    public PgColumn bigint(String name) { return add(name, "bigint"); }

    /** {@code serial}: {@code integer NOT NULL} fed by the owned sequence {@code <table>_<column>_seq}. */
    public PgColumn serial(String name) { return add(name, ColumnType.of("integer"), "serial"); }

    /** {@code smallserial}. */
    public PgColumn smallserial(String name) { return add(name, ColumnType.of("smallint"), "smallserial"); }

    /** {@code bigserial}. */
    public PgColumn bigserial(String name) { return add(name, ColumnType.of("bigint"), "bigserial"); }

    /** {@code numeric} without precision. */
    public PgColumn numeric(String name) { return add(name, "numeric"); }

    /** {@code numeric(precision)}. */
    public PgColumn numeric(String name, int precision) { return add(name, "numeric(" + precision + ",0)"); }

    /** {@code numeric(precision, scale)}. */
    public PgColumn numeric(String name, int precision, int scale) {
        return add(name, "numeric(" + precision + "," + scale + ")");
    }

    /** {@code real}. */
    public PgColumn real(String name) { return add(name, "real"); }

    /** {@code double precision}. */
    public PgColumn doublePrecision(String name) { return add(name, "double precision"); }

    /** {@code boolean}. */
    public PgColumn bool(String name) { return add(name, "boolean"); }

    /** {@code text}. */
    public PgColumn text(String name) { return add(name, "text"); }

    /** {@code varchar} without a length limit. */
    public PgColumn varchar(String name) { return add(name, "character varying"); }

    /** {@code varchar(length)}. */
    public PgColumn varchar(String name, int length) { return add(name, "character varying(" + length + ")"); }

    /** {@code char}, which is {@code char(1)}. */
    public PgColumn character(String name) { return add(name, "character(1)"); }

    /** {@code char(length)}. */
    public PgColumn character(String name, int length) { return add(name, "character(" + length + ")"); }

    /** {@code uuid}. */
    public PgColumn uuid(String name) { return add(name, "uuid"); }

    /** {@code json}. */
    public PgColumn json(String name) { return add(name, "json"); }

    /** {@code jsonb}. */
    public PgColumn jsonb(String name) { return add(name, "jsonb"); }

    /** {@code date}. */
    public PgColumn date(String name) { return add(name, "date"); }

    /** {@code time}. */
    public PgColumn time(String name) { return add(name, "time without time zone"); }

    /** {@code time(precision)}. */
    public PgColumn time(String name, int precision) { return add(name, "time(" + precision + ") without time zone"); }

    /** {@code time with time zone}. */
    public PgColumn timeTz(String name) { return add(name, "time with time zone"); }

    /** {@code time(precision) with time zone}. */
    public PgColumn timeTz(String name, int precision) { return add(name, "time(" + precision + ") with time zone"); }

    /** {@code timestamp}. */
    public PgColumn timestamp(String name) { return add(name, "timestamp without time zone"); }

    /** {@code timestamp(precision)}. */
    public PgColumn timestamp(String name, int precision) {
        return add(name, "timestamp(" + precision + ") without time zone");
    }

    /** {@code timestamp with time zone}. */
    public PgColumn timestamptz(String name) { return add(name, "timestamp with time zone"); }

    /** {@code timestamp(precision) with time zone}. */
    public PgColumn timestamptz(String name, int precision) {
        return add(name, "timestamp(" + precision + ") with time zone");
    }

    /** {@code interval}. */
    public PgColumn interval(String name) { return add(name, "interval"); }

    /** {@code interval fields}, e.g. {@code interval("iv", "day to second")}. */
    public PgColumn interval(String name, String fields) { return add(name, "interval " + fields); }

    /** {@code inet}. */
    public PgColumn inet(String name) { return add(name, "inet"); }

    /** {@code cidr}. */
    public PgColumn cidr(String name) { return add(name, "cidr"); }

    /** {@code macaddr}. */
    public PgColumn macaddr(String name) { return add(name, "macaddr"); }

    /** {@code macaddr8}. */
    public PgColumn macaddr8(String name) { return add(name, "macaddr8"); }

    /** {@code point}. */
    public PgColumn point(String name) { return add(name, "point"); }

    /** {@code line}. */
    public PgColumn line(String name) { return add(name, "line"); }

    /** A column of the enum {@code type}. */
    public PgColumn enumColumn(String name, PgEnum type) {
        return add(name, new ColumnType(type.name().name(), 0, type.name()), null);
    }

    /** A column of the domain {@code type}. */
    public PgColumn domainColumn(String name, PgRaw.PgDomain type) {
        return add(name, new ColumnType(type.domain().name().name(), 0, type.domain().name()), null);
    }

    /**
     * A column of any other built-in type, spelled as PostgreSQL's {@code format_type} does ({@code tstzrange},
     * {@code bit varying(8)}); trailing {@code []} make it an array.
     */
    public PgColumn column(String name, String sqlType) {
        String base = sqlType.strip();
        int dimensions = 0;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2).strip();
            dimensions++;
        }
        if (!BuiltinTypes.known(base)) {
            throw new IllegalArgumentException("column \"" + name + "\" has type \"" + base + "\", which is not a PostgreSQL "
                    + "built-in type: check its spelling; for an enum use enumColumn, for a domain domainColumn");
        }
        return add(name, new ColumnType(base, dimensions, null), null);
    }
}
