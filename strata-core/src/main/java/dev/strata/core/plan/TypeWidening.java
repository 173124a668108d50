package dev.strata.core.plan;

import dev.strata.core.model.ColumnType;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a column type change keeps every value (a widening) or may cut or reject some. */
final class TypeWidening {
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Pattern SIZED = Pattern.compile("^(character varying|character|numeric|bit varying|bit)(?:\\((\\d+)(?:,(\\d+))?\\))?$");
    /** {@code time(2) without time zone}, {@code timestamp with time zone}, {@code interval day to second(3)}. */
    private static final Pattern FRACTIONAL_SECONDS = Pattern.compile("^(time|timestamp|interval(?: [a-z ]+)?)(?:\\((\\d)\\))?( with(?:out)? time zone)?$");
    /** The precision PostgreSQL keeps when a type names none. */
    private static final int FULL_PRECISION = 6;

    private TypeWidening() {
    }

    /** True unless {@code to} holds every value of {@code from} unchanged. */
    static boolean mayLoseData(ColumnType from, ColumnType to) {
        if (from.dimensions() != to.dimensions() || from.userType() != null || to.userType() != null) {
            return !from.equals(to);
        }
        String a = from.base();
        String b = to.base();
        if (a.equals(b) || b.equals("text")) {
            return false;
        }
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) < INTEGERS.indexOf(a);
        }
        if (INTEGERS.contains(a) && (b.equals("numeric") || b.equals("double precision") && !a.equals("bigint"))) {
            return false;
        }
        if (a.equals("real") && b.equals("double precision")) {
            return false;
        }
        return !sizedWidening(a, b) && !moreFractionalSeconds(a, b);
    }

    /**
     * {@code time(2)} → {@code time(4)} or {@code time}, same for {@code timestamp} and {@code interval}: more digits
     * after the second keep every value as it was.
     */
    private static boolean moreFractionalSeconds(String a, String b) {
        Matcher ma = FRACTIONAL_SECONDS.matcher(a);
        Matcher mb = FRACTIONAL_SECONDS.matcher(b);
        return ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))
                && Objects.equals(ma.group(3), mb.group(3)) && precision(mb) >= precision(ma);
    }

    private static int precision(Matcher temporal) {
        return temporal.group(2) == null ? FULL_PRECISION : Integer.parseInt(temporal.group(2));
    }

    /** {@code varchar(10)} → {@code varchar(20)} or {@code varchar}; {@code numeric(10,2)} → {@code numeric(12,2)}. */
    private static boolean sizedWidening(String a, String b) {
        Matcher ma = SIZED.matcher(a);
        Matcher mb = SIZED.matcher(b);
        if (!ma.matches() || !mb.matches()) {
            return false;
        }
        boolean textual = !ma.group(1).startsWith("numeric") && !ma.group(1).startsWith("bit");
        if (textual && mb.group(1).equals("character varying")) {
            return mb.group(2) == null || ma.group(2) != null && Integer.parseInt(mb.group(2)) >= Integer.parseInt(ma.group(2));
        }
        if (!ma.group(1).equals(mb.group(1)) || mb.group(2) == null) {
            return ma.group(1).equals(mb.group(1)) && ma.group(1).equals("numeric");
        }
        if (ma.group(2) == null) {
            return false;
        }
        int scaleA = ma.group(3) == null ? 0 : Integer.parseInt(ma.group(3));
        int scaleB = mb.group(3) == null ? 0 : Integer.parseInt(mb.group(3));
        int intA = Integer.parseInt(ma.group(2)) - scaleA;
        int intB = Integer.parseInt(mb.group(2)) - scaleB;
        return intB >= intA && scaleB >= scaleA;
    }
}
