package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.SequenceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code ALTER COLUMN}: type and collation, generated expression, default, nullability, identity. */
final class ColumnSql {
    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision");
    private static final Set<String> TEXTS = Set.of("text", "character varying", "character");
    private static final Set<String> FALSY = Set.of("0", "false");
    private static final Set<String> TIMES = Set.of("date", "timestamp", "time");

    private ColumnSql() {
    }

    /** The statements for {@code change}, or {@code null} when it is no column alteration. */
    static List<String> of(Change change) {
        if (change instanceof Change.AlterColumnType c) {
            return alterType(c.table(), c.from(), c.to());
        }
        if (change instanceof Change.AlterColumnGenerated c) {
            return generated(c.table(), c.from(), c.to());
        }
        if (change instanceof Change.SetNotNull c) {
            return List.of(DrizzleStyle.alterColumn(c.table(), c.column().name()) + " SET NOT NULL;");
        }
        if (change instanceof Change.DropNotNull c) {
            return List.of(DrizzleStyle.alterColumn(c.table(), c.column().name()) + " DROP NOT NULL;");
        }
        if (change instanceof Change.SetDefault c) {
            return List.of(setDefault(c.table(), c.column(), c.sql()));
        }
        if (change instanceof Change.DropDefault c) {
            return List.of(DrizzleStyle.alterColumn(c.table(), c.column()) + " DROP DEFAULT;");
        }
        if (change instanceof Change.AddIdentity c) {
            return List.of(DrizzleStyle.alterColumn(c.table(), c.column()) + " ADD "
                    + DrizzleStyle.identity(c.table(), c.identity()) + ";");
        }
        if (change instanceof Change.DropIdentity c) {
            return List.of(DrizzleStyle.alterColumn(c.table(), c.column()) + " DROP IDENTITY;");
        }
        if (change instanceof Change.AlterIdentity c) {
            return alterIdentity(c);
        }
        return null;
    }

    static String setDefault(QualifiedName table, String column, String sql) {
        return DrizzleStyle.alterColumn(table, column) + " SET DEFAULT " + DrizzleStyle.defaultSql(sql) + ";";
    }

    /**
     * {@code SET DATA TYPE} (with {@code USING} when there is no assignment cast), then the default again. The
     * column's collation is named whenever it has one: without {@code COLLATE} the column takes its type's default,
     * which is also how a collation is removed.
     */
    private static List<String> alterType(QualifiedName table, Column from, Column to) {
        String type = to.type().userType() != null
                ? Identifiers.qualified(to.type().userType()) + "[]".repeat(to.type().dimensions())
                : DrizzleStyle.type(to.type());
        String sql = DrizzleStyle.alterColumn(table, to.name()) + " SET DATA TYPE " + type
                + (to.collation() == null ? "" : " COLLATE " + Identifiers.quote(to.collation()));
        List<String> out = new ArrayList<>();
        if (needsUsing(from.type(), to.type())) {
            sql += " USING " + Identifiers.quote(to.name()) + "::" + type;
            // without an assignment cast PostgreSQL cannot convert the old default either, and refuses the change
            if (from.defaultSql() != null && from.generated() == null) {
                out.add(DrizzleStyle.alterColumn(table, to.name()) + " DROP DEFAULT;");
            }
        }
        out.add(sql + ";");
        // drizzle-kit re-emits only a JavaScript-truthy default (not 0 or false): harmless while the default stays
        // (SET DATA TYPE converts it), not when it changes or was dropped above. A change of collation alone keeps it.
        boolean kept = Objects.equals(from.defaultSql(), to.defaultSql()) && !needsUsing(from.type(), to.type());
        boolean sameType = from.type().equals(to.type());
        if (to.defaultSql() != null && to.generated() == null
                && (!kept || !sameType && !FALSY.contains(to.defaultSql().strip()))) {
            out.add(setDefault(table, to.name(), to.defaultSql()));
        }
        return out;
    }

    /** True when PostgreSQL has no assignment cast from {@code from} to {@code to}. */
    static boolean needsUsing(ColumnType from, ColumnType to) {
        if (from.dimensions() != to.dimensions() || from.userType() != null || to.userType() != null) {
            return true;
        }
        String a = word(from.base());
        String b = word(to.base());
        return !(a.equals(b) || TEXTS.contains(b) || NUMBERS.contains(a) && NUMBERS.contains(b)
                || TIMES.contains(a) && TIMES.contains(b));
    }

    private static String word(String base) {
        return base.replaceAll("\\s*\\(.*?\\)", "").replaceAll(" with(out)? time zone$", "");
    }

    /**
     * An expression changed: drop and add the column (drizzle-kit's lower-case {@code drop column}); an expression
     * removed keeps the values ({@code DROP EXPRESSION}).
     */
    private static List<String> generated(QualifiedName table, Column from, Column to) {
        if (to.generated() == null) {
            return List.of(DrizzleStyle.alterColumn(table, to.name()) + " DROP EXPRESSION;");
        }
        List<String> out = new ArrayList<>(List.of(DrizzleStyle.alter(table) + " drop column " + Identifiers.quote(from.name()) + ";",
                DrizzleStyle.alter(table) + " ADD COLUMN " + DrizzleStyle.column(table, to, false) + ";"));
        out.addAll(CommentDdl.on(table, to)); // the column is new: its comment went with the old one
        return out;
    }

    /**
     * One {@code SET ...} per identity property that differs, as drizzle-kit writes them; the sequence options in one
     * statement (with {@code RESTART} when the change {@linkplain Change.AlterIdentity#restarts() restarts} it) when
     * they cannot be set one at a time.
     */
    private static List<String> alterIdentity(Change.AlterIdentity c) {
        String prefix = DrizzleStyle.alterColumn(c.table(), c.column());
        List<String> out = new ArrayList<>();
        if (c.from().always() != c.to().always()) {
            out.add(prefix + " SET GENERATED " + (c.to().always() ? "ALWAYS" : "BY DEFAULT") + ";");
        }
        SequenceOptions a = c.from().options();
        SequenceOptions b = c.to().options();
        List<String> options = identityOptions(a, b);
        if (options.isEmpty()) {
            return out;
        }
        if (oneAtATime(a, b)) {
            options.forEach(o -> out.add(prefix + " " + o + ";"));
        } else {
            out.add(prefix + " " + String.join(" ", options) + (c.restarts() ? " RESTART WITH " + b.start() : "") + ";");
        }
        return out;
    }

    /**
     * True when the options can change one statement at a time, bounds first: the bounds in between
     * ({@code b.min .. a.max}) and the new ones must hold the old start, or PostgreSQL refuses the statement.
     */
    private static boolean oneAtATime(SequenceOptions a, SequenceOptions b) {
        return b.min() < a.max() && b.contains(a.start());
    }

    private static List<String> identityOptions(SequenceOptions a, SequenceOptions b) {
        List<String> out = new ArrayList<>();
        if (a.min() != b.min()) {
            out.add("SET MINVALUE " + b.min());
        }
        if (a.max() != b.max()) {
            out.add("SET MAXVALUE " + b.max());
        }
        if (a.increment() != b.increment()) {
            out.add("SET INCREMENT BY " + b.increment());
        }
        if (a.start() != b.start()) {
            out.add("SET START WITH " + b.start());
        }
        if (a.cache() != b.cache()) {
            out.add("SET CACHE " + b.cache());
        }
        if (a.cycle() != b.cycle()) {
            out.add(b.cycle() ? "SET CYCLE" : "SET NO CYCLE");
        }
        return out;
    }
}
