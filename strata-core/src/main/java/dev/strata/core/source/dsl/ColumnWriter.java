package dev.strata.core.source.dsl;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Identity;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.SequenceOptions;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model column as a DSL expression, {@code t.varchar("email", 255).notNull()}: the type method that gives
 * exactly the model's type, then the modifiers. Defaults are written as the SQL text the model holds.
 *
 * @param enums   the Java fields of enums, by name
 * @param domains the Java fields of domains, by name
 */
record ColumnWriter(Map<QualifiedName, String> enums, Map<QualifiedName, String> domains) {
    private static final Pattern SIZED = Pattern.compile("^(character varying|character|numeric)\\((\\d+)(?:,(\\d+))?\\)$");
    private static final Pattern TEMPORAL = Pattern.compile("^(time|timestamp)(?:\\((\\d+)\\))? (with|without) time zone$");
    private static final Map<String, String> PLAIN = Map.ofEntries(Map.entry("smallint", "smallint"),
            Map.entry("integer", "integer"), Map.entry("bigint", "bigint"), Map.entry("real", "real"),
            Map.entry("double precision", "doublePrecision"), Map.entry("boolean", "bool"), Map.entry("text", "text"),
            Map.entry("uuid", "uuid"), Map.entry("json", "json"), Map.entry("jsonb", "jsonb"), Map.entry("date", "date"),
            Map.entry("interval", "interval"), Map.entry("inet", "inet"), Map.entry("cidr", "cidr"),
            Map.entry("macaddr", "macaddr"), Map.entry("macaddr8", "macaddr8"), Map.entry("point", "point"),
            Map.entry("line", "line"), Map.entry("numeric", "numeric"), Map.entry("character varying", "varchar"));

    /** The expression for {@code c}; {@code serial} is its serial pseudo-type or null; {@code primaryKey} inline. */
    String write(QualifiedName table, Column c, String serial, boolean primaryKey, String uniqueSuffix) {
        StringBuilder out = new StringBuilder("t.");
        out.append(serial != null ? serial + "(" + JavaText.literal(c.name()) + ")" : type(c.name(), c.type()));
        out.append(".array()".repeat(serial != null ? 0 : c.type().dimensions()));
        if (primaryKey) {
            out.append(".primaryKey()");
        } else if (c.notNull() && serial == null && c.identity() == null) {
            out.append(".notNull()");
        }
        if (c.identity() != null) {
            out.append(identity(table, c));
        }
        if (c.defaultSql() != null && serial == null) {
            out.append(defaultValue(c.defaultSql()));
        }
        if (c.generated() != null) {
            out.append(".generatedAlwaysAs(").append(JavaText.literal(c.generated())).append(')');
        }
        out.append(uniqueSuffix);
        if (c.collation() != null) {
            out.append(".collate(").append(JavaText.literal(c.collation())).append(')');
        }
        if (c.comment() != null) {
            out.append(".comment(").append(JavaText.literal(c.comment())).append(')');
        }
        return out.toString();
    }

    private String type(String name, ColumnType type) {
        String n = JavaText.literal(name);
        if (type.userType() != null) {
            if (enums.containsKey(type.userType())) {
                return "enumColumn(" + n + ", " + enums.get(type.userType()) + ")";
            }
            if (domains.containsKey(type.userType())) {
                return "domainColumn(" + n + ", " + domains.get(type.userType()) + ")";
            }
            return "customType(" + n + ", " + JavaText.literal(type.base()) + ")";
        }
        String plain = PLAIN.get(type.base());
        if (plain != null) {
            return plain + "(" + n + ")";
        }
        Matcher m = SIZED.matcher(type.base());
        if (m.matches() && (m.group(1).equals("numeric") || m.group(3) == null)) {
            String method = switch (m.group(1)) {
                case "character varying" -> "varchar";
                case "character" -> "character";
                default -> "numeric";
            };
            return method + "(" + n + ", " + m.group(2) + (m.group(3) == null ? "" : ", " + m.group(3)) + ")";
        }
        m = TEMPORAL.matcher(type.base());
        if (m.matches()) {
            String method = m.group(1) + (m.group(3).equals("with") ? (m.group(1).equals("time") ? "Tz" : "tz") : "");
            return method + "(" + n + (m.group(2) == null ? "" : ", " + m.group(2)) + ")";
        }
        if (type.base().startsWith("interval ")) {
            return "interval(" + n + ", " + JavaText.literal(type.base().substring("interval ".length())) + ")";
        }
        return (BuiltinTypes.isKnown(type.base()) ? "column(" : "customType(") + n + ", "
                + JavaText.literal(type.base()) + ")";
    }

    private static String defaultValue(String sql) {
        return switch (sql) {
            case "now()" -> ".defaultNow()";
            case "gen_random_uuid()" -> ".defaultRandom()";
            default -> ".defaultSql(" + JavaText.literal(sql) + ")";
        };
    }

    private static String identity(QualifiedName table, Column c) {
        Identity i = c.identity();
        SequenceOptions o = i.options();
        SequenceOptions d = SequenceOptions.defaults(c.type().base(), o.increment());
        StringBuilder s = new StringBuilder();
        if (!i.sequence().name().equals(table.name() + "_" + c.name() + "_seq")) {
            s.append(".name(").append(JavaText.literal(i.sequence().name())).append(')');
        }
        s.append(SequenceWriter.numbers(o, d));
        String method = i.always() ? ".generatedAlwaysAsIdentity(" : ".generatedByDefaultAsIdentity(";
        return s.length() == 0 ? method + ")" : method + "s -> s" + s + ")";
    }
}
