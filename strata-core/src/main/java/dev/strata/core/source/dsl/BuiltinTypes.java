package dev.strata.core.source.dsl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's built-in type names, so that {@code t.column("x", "intger")} fails at once instead of at migration
 * time. Types from extensions ({@code citext}, {@code vector(1536)}) go through {@code t.customType(...)}.
 */
final class BuiltinTypes {
    private static final Pattern SHAPE = Pattern.compile(
            "^([a-z0-9 _\"]+?)\\s*(?:\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?((?: with| without) time zone)?$");
    private static final Set<String> NAMES = Set.of("smallint", "integer", "bigint", "int", "int2", "int4", "int8",
            "real", "float4", "float8", "double precision", "numeric", "decimal", "money", "boolean", "bool", "text",
            "character varying", "varchar", "character", "char", "\"char\"", "bpchar", "name", "bytea", "bit",
            "bit varying", "varbit", "uuid", "json", "jsonb", "jsonpath", "xml", "date", "time", "timetz", "timestamp",
            "timestamptz", "interval", "inet", "cidr", "macaddr", "macaddr8", "point", "line", "lseg", "box", "path",
            "polygon", "circle", "tsvector", "tsquery", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange",
            "datemultirange", "oid", "regclass", "regtype", "regproc", "regprocedure", "regoper", "regoperator",
            "regconfig", "regdictionary", "regnamespace", "regrole", "regcollation", "pg_lsn", "pg_snapshot",
            "txid_snapshot", "xid", "xid8", "cid", "tid");
    private static final Pattern INTERVAL = Pattern.compile(
            "^interval (year|month|day|hour|minute|second|year to month|day to hour|day to minute|day to second"
                    + "|hour to minute|hour to second|minute to second)(\\(\\d+\\))?$");

    private BuiltinTypes() {
    }

    /** Whether {@code base} (without array brackets) names a built-in type. */
    static boolean isKnown(String base) {
        String t = base.strip().toLowerCase(Locale.ROOT);
        if (INTERVAL.matcher(t).matches()) {
            return true;
        }
        Matcher m = SHAPE.matcher(t);
        return m.matches() && NAMES.contains(m.group(1).strip());
    }
}
