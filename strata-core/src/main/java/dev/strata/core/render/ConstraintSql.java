package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.QualifiedName;

import java.util.List;

/** Keys, uniques, checks, foreign keys and indexes added to, dropped from or renamed on an existing table. */
final class ConstraintSql {
    private ConstraintSql() {
    }

    /** The statements for {@code change}, or {@code null} when it is no constraint or index change. */
    static List<String> of(Change change) {
        if (change instanceof Change.AddPrimaryKey c) {
            return add(c.table(), Identifiers.quote(c.key().name()) + " PRIMARY KEY(" + Identifiers.list(c.key().columns()) + ")");
        }
        if (change instanceof Change.DropPrimaryKey c) {
            return drop(c.table(), c.key().name(), "");
        }
        if (change instanceof Change.AddUnique c) {
            return List.of(DrizzleStyle.alter(c.table()) + " ADD " + TableSql.unique(c.unique()) + ";");
        }
        if (change instanceof Change.DropUnique c) {
            return drop(c.table(), c.unique().name(), "");
        }
        if (change instanceof Change.AddCheck c) {
            return List.of(DrizzleStyle.alter(c.table()) + " ADD " + TableSql.check(c.check())
                    + (c.check().validated() ? "" : " NOT VALID") + ";");
        }
        if (change instanceof Change.DropCheck c) {
            return drop(c.table(), c.check().name(), "");
        }
        if (change instanceof Change.AddForeignKey c) {
            return List.of(ForeignKeyDdl.add(DrizzleStyle.alter(c.table()), c.foreignKey()));
        }
        if (change instanceof Change.DropForeignKey c) {
            // drizzle-kit ends this one statement with a newline
            return drop(c.table(), c.foreignKey().name(), "\n");
        }
        if (change instanceof Change.CreateIndex c) {
            return List.of(createIndex(c.table(), c.index()));
        }
        if (change instanceof Change.DropIndex c) {
            QualifiedName name = QualifiedName.of(c.table().schema(), c.index().name());
            return List.of("DROP INDEX " + DrizzleStyle.table(name) + ";");
        }
        if (change instanceof Change.RenameConstraint c) {
            return List.of(DrizzleStyle.alter(c.table()) + " RENAME CONSTRAINT " + Identifiers.quote(c.from()) + " TO "
                    + Identifiers.quote(c.to()) + ";");
        }
        if (change instanceof Change.RenameIndex c) {
            QualifiedName name = QualifiedName.of(c.table().schema(), c.from());
            return List.of("ALTER INDEX " + DrizzleStyle.table(name) + " RENAME TO " + Identifiers.quote(c.to()) + ";");
        }
        return null;
    }

    private static List<String> add(QualifiedName table, String constraint) {
        return List.of(DrizzleStyle.alter(table) + " ADD CONSTRAINT " + constraint + ";");
    }

    private static List<String> drop(QualifiedName table, String name, String end) {
        return List.of(DrizzleStyle.alter(table) + " DROP CONSTRAINT " + Identifiers.quote(name) + ";" + end);
    }

    /** {@code CREATE [UNIQUE] INDEX "i" ON "t" USING m ("a" DESC NULLS LAST,lower("b")) WITH (k=v) WHERE ...}. */
    static String createIndex(QualifiedName table, Index index) {
        return IndexDdl.create(DrizzleStyle.table(table), index, ConstraintSql::key);
    }

    /** A key; a function call stays bare as drizzle writes it, any other expression gets parentheses. */
    private static String key(IndexKey key) {
        String base = IndexDdl.key(key);
        if (key.isExpression() && isCall(key.expression())) {
            return key.expression() + base.substring(key.expression().length() + 2);
        }
        return base;
    }

    /** {@code name(...)} with the parentheses closing at the end. */
    static boolean isCall(String expression) {
        String e = expression.strip();
        int open = e.indexOf('(');
        if (open <= 0 || !e.endsWith(")") || !e.substring(0, open).matches("[A-Za-z_][A-Za-z0-9_.\"]*")) {
            return false;
        }
        int depth = 0;
        for (int i = open; i < e.length(); i++) {
            char ch = e.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth == 0 && i < e.length() - 1) {
                return false;
            }
        }
        return true;
    }
}
