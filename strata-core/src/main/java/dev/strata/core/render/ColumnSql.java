package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Identity;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.SequenceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code ALTER COLUMN}: type, generated expression, default, nullability, identity. */
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
            return alterIdentity(c.table(), c.column(), c.from(), c.to());
        }
        return null;
    }

    static String setDefault(QualifiedName table, String column, String sql) {
        return DrizzleStyle.alterColumn(table, column) + " SET DEFAULT " + DrizzleStyle.defaultSql(sql) + ";";
    }

    /** {@code SET DATA TYPE} (with {@code USING} when there is no assignment cast), then the default again. */
    private static List<String> alterType(QualifiedName table, Column from, Column to) {
        String type = to.type().userType() != null
                ? Identifiers.qualified(to.type().userType()) + "[]".repeat(to.type().dimensions())
                : DrizzleStyle.type(to.type());
        String sql = DrizzleStyle.alterColumn(table, to.name()) + " SET DATA TYPE " + type;
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
        // (SET DATA TYPE converts it), not when it changes or was dropped above
        boolean kept = Objects.equals(from.defaultSql(), to.defaultSql()) && !needsUsing(from.type(), to.type());
        if (to.defaultSql() != null && to.generated() == null && (!FALSY.contains(to.defaultSql().strip()) || !kept)) {
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

    /** One {@code SET ...} per identity property that differs. */
    private static List<String> alterIdentity(QualifiedName table, String column, Identity from, Identity to) {
        String prefix = DrizzleStyle.alterColumn(table, column);
        SequenceOptions a = from.options();
        SequenceOptions b = to.options();
        List<String> out = new ArrayList<>();
        if (from.always() != to.always()) {
            out.add(prefix + " SET GENERATED " + (to.always() ? "ALWAYS" : "BY DEFAULT") + ";");
        }
        if (a.min() != b.min()) {
            out.add(prefix + " SET MINVALUE " + b.min() + ";");
        }
        if (a.max() != b.max()) {
            out.add(prefix + " SET MAXVALUE " + b.max() + ";");
        }
        if (a.increment() != b.increment()) {
            out.add(prefix + " SET INCREMENT BY " + b.increment() + ";");
        }
        if (a.start() != b.start()) {
            out.add(prefix + " SET START WITH " + b.start() + ";");
        }
        if (a.cache() != b.cache()) {
            out.add(prefix + " SET CACHE " + b.cache() + ";");
        }
        if (a.cycle() != b.cycle()) {
            out.add(prefix + (b.cycle() ? " SET CYCLE;" : " SET NO CYCLE;"));
        }
        return out;
    }
}
