package dev.strata.core.source.dsl;

import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's built-in type names, for {@link ColumnFactory#column}: the DSL never touches a database, so a
 * misspelt type would otherwise reach the migration and fail only when it runs.
 */
final class BuiltinTypes {
    private static final Set<String> NAMES = Set.of(
            "smallint", "integer", "bigint", "int", "int2", "int4", "int8", "smallserial", "serial", "bigserial",
            "serial2", "serial4", "serial8", "numeric", "decimal", "real", "double precision", "float", "float4", "float8",
            "money", "boolean", "bool", "text", "character varying", "varchar", "character", "char", "bpchar", "\"char\"",
            "name", "bytea", "uuid", "json", "jsonb", "jsonpath", "xml", "date", "time", "time with time zone",
            "time without time zone", "timetz", "timestamp", "timestamp with time zone", "timestamp without time zone",
            "timestamptz", "interval", "inet", "cidr", "macaddr", "macaddr8", "point", "line", "lseg", "box", "path",
            "polygon", "circle", "bit", "bit varying", "varbit", "tsvector", "tsquery", "int4range", "int8range",
            "numrange", "tsrange", "tstzrange", "daterange", "int4multirange", "int8multirange", "nummultirange",
            "tsmultirange", "tstzmultirange", "datemultirange", "oid", "regclass", "regproc", "regprocedure", "regtype",
            "regnamespace", "regrole", "regconfig", "regdictionary", "regoper", "regoperator", "regcollation",
            "pg_lsn", "pg_snapshot", "txid_snapshot", "xid", "xid8", "cid", "tid");

    private BuiltinTypes() {
    }

    /** Whether {@code sqlType} (an element type: no {@code []}) names a built-in type, modifiers such as {@code (12, 2)} aside. */
    static boolean known(String sqlType) {
        String bare = sqlType.replaceAll("\\([^)]*\\)", " ").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return NAMES.contains(bare) || bare.startsWith("interval ");
    }
}
