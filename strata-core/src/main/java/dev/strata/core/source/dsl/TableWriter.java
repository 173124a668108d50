package dev.strata.core.source.dsl;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Policy;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The body of one {@code table("name", t -> { ... })}: a line per column, then the table-level parts. Every name is
 * written out unless it is the one the DSL would give anyway; foreign keys name their target lazily
 * ({@code () -> Owner.people, "id"}) so tables may refer to each other in any order.
 *
 * @param columns  column expressions
 * @param tables   the Java fields of tables, by name
 * @param reserved the class's field names, which local variables must not shadow
 * @param owner    the class name: lambdas name tables as {@code Owner.table}, since Java refuses a simple name for a
 *                 field declared later or being initialised
 */
record TableWriter(ColumnWriter columns, Map<QualifiedName, String> tables, Set<String> reserved, String owner) {
    private static final String I = "        ";

    String body(Table table, Map<String, String> serials) {
        Map<String, String> vars = variables(table);
        List<String> lines = new ArrayList<>();
        boolean inlinePk = table.primaryKey() != null && table.primaryKey().columns().size() == 1
                && table.primaryKey().name().equals(table.name().name() + "_pkey");
        List<UniqueConstraint> tableUniques = new ArrayList<>(table.uniques());
        for (Column c : table.columns()) {
            UniqueConstraint inline = tableUniques.stream().filter(u -> u.columns().equals(List.of(c.name())))
                    .findFirst().orElse(null);
            tableUniques.remove(inline);
            String expr = columns.write(table.name(), c, serials.get(c.name()),
                    inlinePk && table.primaryKey().columns().get(0).equals(c.name()), uniqueSuffix(table, inline));
            String var = vars.get(c.name());
            lines.add(I + (var == null ? "" : "var " + var + " = ") + expr + ";");
        }
        if (table.primaryKey() != null && !inlinePk) {
            lines.add(I + "t.primaryKey(" + JavaText.literal(table.primaryKey().name()) + ", "
                    + refs(table.primaryKey().columns(), vars) + ");");
        }
        tableUniques.forEach(u -> lines.add(I + "t.unique(" + JavaText.literal(u.name()) + ").on("
                + refs(u.columns(), vars) + ")" + (u.nullsNotDistinct() ? ".nullsNotDistinct()" : "") + ";"));
        table.checks().forEach(c -> lines.add(I + check(c)));
        table.foreignKeys().forEach(f -> lines.add(I + foreignKey(f, vars)));
        table.indexes().forEach(i -> lines.add(I + index(i, vars)));
        table.policies().forEach(p -> lines.add(I + policy(p)));
        lines.addAll(tableSwitches(table));
        return String.join("\n", lines);
    }

    private List<String> tableSwitches(Table table) {
        List<String> lines = new ArrayList<>();
        if (table.security().forced()) {
            lines.add(I + "t.forceRls();");
        } else if (table.security().enabled()) {
            lines.add(I + "t.enableRls();");
        }
        if (table.comment() != null) {
            lines.add(I + "t.comment(" + JavaText.literal(table.comment()) + ");");
        }
        if (table.partitioning() != null && table.partitioning().key() != null) {
            lines.add(I + "t.partitionBy(" + JavaText.literal(table.partitioning().key()) + ");");
        }
        if (table.partitioning() != null && table.partitioning().parent() != null) {
            lines.add(I + "t.partitionOf(" + tables.get(table.partitioning().parent()) + ", "
                    + JavaText.literal(table.partitioning().bound()) + ");");
        }
        return lines;
    }

    private static String uniqueSuffix(Table table, UniqueConstraint u) {
        if (u == null) {
            return "";
        }
        boolean defaultName = u.name().equals(table.name().name() + "_" + u.columns().get(0) + "_unique");
        if (!u.nullsNotDistinct()) {
            return defaultName ? ".unique()" : ".unique(" + JavaText.literal(u.name()) + ")";
        }
        return ".unique(" + (defaultName ? "null" : JavaText.literal(u.name())) + ", Nulls.NOT_DISTINCT)";
    }

    private static String check(CheckConstraint c) {
        return "t.check(" + JavaText.literal(c.name()) + ", " + JavaText.literal(c.expression()) + ")"
                + (c.validated() ? "" : ".notValid()") + ";";
    }

    private String foreignKey(ForeignKey f, Map<String, String> vars) {
        StringBuilder s = new StringBuilder("t.foreignKey(").append(refs(f.columns(), vars)).append(")");
        s.append(".name(").append(JavaText.literal(f.name())).append(")");
        s.append(".references(() -> ").append(owner).append('.').append(tables.get(f.target())).append(", ")
                .append(f.targetColumns().stream().map(JavaText::literal).collect(Collectors.joining(", "))).append(")");
        if (f.onDelete() != ReferentialAction.NO_ACTION) {
            s.append(".onDelete(").append(f.onDelete().name()).append(")");
        }
        if (f.onUpdate() != ReferentialAction.NO_ACTION) {
            s.append(".onUpdate(").append(f.onUpdate().name()).append(")");
        }
        if (f.matchFull()) {
            s.append(".matchFull()");
        }
        if (f.deferral() != dev.strata.core.model.Deferral.NOT_DEFERRABLE) {
            s.append(".deferrable(Deferral.").append(f.deferral().name()).append(")");
        }
        return s.append(f.validated() ? "" : ".notValid()").append(";").toString();
    }

    private static String index(Index i, Map<String, String> vars) {
        StringBuilder s = new StringBuilder("t.").append(i.unique() ? "uniqueIndex(" : "index(")
                .append(JavaText.literal(i.name())).append(")");
        String keys = i.keys().stream().map(k -> key(k, vars)).collect(Collectors.joining(", "));
        s.append(i.method().equals("btree") ? ".on(" + keys + ")" : ".using(" + JavaText.literal(i.method()) + ", " + keys + ")");
        if (!i.include().isEmpty()) {
            s.append(".include(").append(refs(i.include(), vars)).append(")");
        }
        if (i.where() != null) {
            s.append(".where(sql(").append(JavaText.literal(i.where())).append("))");
        }
        i.with().forEach((k, v) -> s.append(".with(").append(JavaText.literal(k)).append(", ")
                .append(JavaText.literal(v)).append(")"));
        return s.append(i.nullsNotDistinct() ? ".nullsNotDistinct()" : "").append(";").toString();
    }

    private static String key(IndexKey k, Map<String, String> vars) {
        StringBuilder s = new StringBuilder(k.isExpression() ? "IndexTerm.of(sql(" + JavaText.literal(k.expression()) + "))"
                : vars.get(k.expression()));
        boolean plain = !k.descending() && !k.nullsFirst() && k.opclass() == null && k.collation() == null;
        if (plain) {
            return s.toString();
        }
        s.append(k.descending() ? ".desc()" : k.isExpression() ? "" : ".asc()");
        s.append(k.nullsFirst() ? ".nullsFirst()" : "");
        if (k.opclass() != null) {
            s.append(".op(").append(JavaText.literal(k.opclass())).append(")");
        }
        if (k.collation() != null) {
            s.append(".collate(").append(JavaText.literal(k.collation())).append(")");
        }
        return s.toString();
    }

    private static String policy(Policy p) {
        StringBuilder s = new StringBuilder("t.policy(").append(JavaText.literal(p.name())).append(")");
        s.append(p.permissive() ? "" : ".restrictive()");
        if (!p.command().equals("ALL")) {
            s.append(".forCommand(").append(JavaText.literal(p.command().toLowerCase(java.util.Locale.ROOT))).append(")");
        }
        if (!p.roles().equals(List.of("public"))) {
            s.append(".to(").append(p.roles().stream().map(JavaText::literal).collect(Collectors.joining(", "))).append(")");
        }
        if (p.using() != null) {
            s.append(".using(sql(").append(JavaText.literal(p.using())).append("))");
        }
        if (p.withCheck() != null) {
            s.append(".withCheck(sql(").append(JavaText.literal(p.withCheck())).append("))");
        }
        return s.append(";").toString();
    }

    private static String refs(List<String> names, Map<String, String> vars) {
        return names.stream().map(vars::get).collect(Collectors.joining(", "));
    }

    /** A local variable for every column a table-level part mentions. */
    private Map<String, String> variables(Table table) {
        Set<String> used = new HashSet<>();
        if (table.primaryKey() != null) {
            used.addAll(table.primaryKey().columns());
        }
        table.uniques().stream().filter(u -> u.columns().size() > 1 || table.uniques().stream()
                .filter(o -> o.columns().equals(u.columns())).count() > 1).forEach(u -> used.addAll(u.columns()));
        table.foreignKeys().forEach(f -> used.addAll(f.columns()));
        table.indexes().forEach(i -> {
            i.keys().stream().filter(k -> !k.isExpression()).forEach(k -> used.add(k.expression()));
            used.addAll(i.include());
        });
        Map<String, String> vars = new HashMap<>();
        Set<String> taken = new HashSet<>(reserved);
        for (Column c : table.columns()) {
            if (used.contains(c.name())) {
                String id = JavaText.identifier(c.name());
                while (!taken.add(id)) {
                    id = id + "Col";
                }
                vars.put(c.name(), id);
            }
        }
        return vars;
    }
}
