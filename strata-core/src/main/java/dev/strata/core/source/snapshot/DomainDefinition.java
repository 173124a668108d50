package dev.strata.core.source.snapshot;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Domain;
import dev.strata.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain as the text after {@code CREATE DOMAIN name AS}, the form the {@code "strata"} extension keeps:
 * {@code base [DEFAULT sql] [NOT NULL] [CONSTRAINT name CHECK (expr) [NOT VALID]]...}.
 */
final class DomainDefinition {
    private static final String DEFAULT = " DEFAULT ";
    private static final String NOT_NULL = " NOT NULL";
    private static final String CONSTRAINT = " CONSTRAINT ";
    private static final String NOT_VALID = " NOT VALID";

    private DomainDefinition() {
    }

    static String text(Domain d) {
        StringBuilder out = new StringBuilder(d.baseType());
        if (d.defaultSql() != null) {
            out.append(DEFAULT).append(d.defaultSql());
        }
        if (d.notNull()) {
            out.append(NOT_NULL);
        }
        for (CheckConstraint c : d.checks()) {
            out.append(CONSTRAINT).append(quote(c.name())).append(" CHECK (").append(c.expression()).append(')');
            if (!c.validated()) {
                out.append(NOT_VALID);
            }
        }
        return out.toString();
    }

    static Domain parse(String schema, String name, String text) {
        String s = " " + text.strip();
        int end = next(s, 0);
        String base = s.substring(0, end).strip();
        String defaultSql = null;
        boolean notNull = false;
        List<CheckConstraint> checks = new ArrayList<>();
        while (end < s.length()) {
            int from = end;
            end = next(s, from + 1);
            String part = s.substring(from, end);
            if (part.startsWith(DEFAULT)) {
                defaultSql = part.substring(DEFAULT.length()).strip();
            } else if (part.startsWith(NOT_NULL)) {
                notNull = true;
            } else {
                checks.add(check(part.substring(CONSTRAINT.length()).strip()));
            }
        }
        return new Domain(new QualifiedName(schema, name), base, notNull, defaultSql, checks);
    }

    private static CheckConstraint check(String part) {
        String name;
        String rest;
        if (part.startsWith("\"")) {
            int close = part.indexOf('"', 1);
            while (close + 1 < part.length() && part.charAt(close + 1) == '"') {
                close = part.indexOf('"', close + 2);
            }
            name = part.substring(1, close).replace("\"\"", "\"");
            rest = part.substring(close + 1).strip();
        } else {
            int space = part.indexOf(' ');
            name = part.substring(0, space);
            rest = part.substring(space + 1).strip();
        }
        boolean validated = !rest.endsWith(NOT_VALID.strip());
        if (!validated) {
            rest = rest.substring(0, rest.length() - NOT_VALID.length()).strip();
        }
        return new CheckConstraint(name, rest.substring("CHECK (".length(), rest.length() - 1), validated);
    }

    /** The next top-level (outside quotes and parentheses) clause keyword at or after {@code from}, or the end. */
    private static int next(String s, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ' ' && startsClause(s, i)) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean startsClause(String s, int i) {
        return s.startsWith(DEFAULT, i) || s.startsWith(CONSTRAINT, i)
                || s.startsWith(NOT_NULL, i) && (i + NOT_NULL.length() == s.length() || s.charAt(i + NOT_NULL.length()) == ' ');
    }

    private static String quote(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
