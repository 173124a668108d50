package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.EnumType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removing or reordering enum labels, which PostgreSQL cannot do in place: every column using the type goes to
 * {@code text} (default cast to text), the type is dropped and created again, and the columns go back with
 * {@code USING} (default cast to the type). drizzle-kit's statement sequence.
 */
final class EnumRecipe {
    private static final Pattern LITERAL = Pattern.compile("^('(?:[^']|'')*')(?:::.*)?$");

    private EnumRecipe() {
    }

    static List<String> statements(Change.DropEnumValue c) {
        String type = Identifiers.qualified(c.type());
        List<String> out = new ArrayList<>();
        for (Change.EnumColumn u : c.columns()) {
            String column = DrizzleStyle.alterColumn(u.table(), u.column().name());
            String brackets = "[]".repeat(u.column().type().dimensions());
            out.add(column + " SET DATA TYPE text" + brackets + ";");
            if (u.column().defaultSql() != null) {
                out.add(column + " SET DEFAULT " + literal(u.column().defaultSql()) + "::text" + brackets + ";");
            }
        }
        out.add("DROP TYPE " + type + ";");
        out.add(TypeDdl.createEnum(new EnumType(c.type(), c.to())));
        for (Change.EnumColumn u : c.columns()) {
            String column = DrizzleStyle.alterColumn(u.table(), u.column().name());
            String brackets = "[]".repeat(u.column().type().dimensions());
            if (u.column().defaultSql() != null && keepsItsLabel(u.column().defaultSql(), c.to())) {
                out.add(column + " SET DEFAULT " + literal(u.column().defaultSql()) + "::" + type + brackets + ";");
            } else if (u.column().defaultSql() != null) {
                // a default naming a removed label cannot be cast to the new type; the new default is set afterwards
                out.add(column + " DROP DEFAULT;");
            }
            out.add(column + " SET DATA TYPE " + type + brackets + " USING " + Identifiers.quote(u.column().name())
                    + "::" + type + brackets + ";");
        }
        return out;
    }

    /** Whether a default is a plain label that the new type still has (anything else is left to PostgreSQL). */
    private static boolean keepsItsLabel(String defaultSql, List<String> labels) {
        String l = literal(defaultSql);
        if (!l.startsWith("'") || !l.endsWith("'") || l.length() < 2) {
            return true;
        }
        return labels.contains(l.substring(1, l.length() - 1).replace("''", "'"));
    }

    /** {@code 'x'} without the cast PostgreSQL keeps on it ({@code 'x'::mood}). */
    private static String literal(String sql) {
        Matcher m = LITERAL.matcher(sql.strip());
        return m.matches() ? m.group(1) : sql;
    }
}
