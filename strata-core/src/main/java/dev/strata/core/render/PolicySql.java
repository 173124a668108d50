package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Policy;
import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Row-level security switches and policies, drizzle-kit's spelling. */
final class PolicySql {
    private static final Set<String> KEYWORD_ROLES = Set.of("public", "current_user", "session_user", "current_role");

    private PolicySql() {
    }

    /** The statements for {@code change}, or {@code null} when it is no policy or row security change. */
    static List<String> of(Change change) {
        if (change instanceof Change.EnableRowSecurity c) {
            return List.of(DrizzleStyle.alter(c.table()) + " ENABLE ROW LEVEL SECURITY;");
        }
        if (change instanceof Change.DisableRowSecurity c) {
            return List.of(DrizzleStyle.alter(c.table()) + " DISABLE ROW LEVEL SECURITY;");
        }
        if (change instanceof Change.SetForceRowSecurity c) {
            return List.of(DrizzleStyle.alter(c.table()) + (c.forced() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY;");
        }
        if (change instanceof Change.CreatePolicy c) {
            return List.of(create(c.table(), c.policy()));
        }
        if (change instanceof Change.DropPolicy c) {
            return List.of("DROP POLICY " + Identifiers.quote(c.policy().name()) + " ON " + DrizzleStyle.table(c.table())
                    + " CASCADE;");
        }
        if (change instanceof Change.AlterPolicy c) {
            return List.of(alter(c.table(), c.to()));
        }
        return null;
    }

    private static String create(QualifiedName table, Policy policy) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(Identifiers.quote(policy.name()))
                .append(" ON ").append(DrizzleStyle.table(table))
                .append(" AS ").append(policy.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                .append(" FOR ").append(policy.command());
        if (!policy.roles().isEmpty()) {
            sql.append(" TO ").append(policy.roles().stream().map(r -> role(r, true)).collect(Collectors.joining(", ")));
        }
        return sql.append(expressions(policy)).append(';').toString();
    }

    /** drizzle-kit writes the roles of {@code ALTER POLICY} unquoted; names that need quotes still get them. */
    private static String alter(QualifiedName table, Policy policy) {
        String roles = policy.roles().isEmpty() ? "public"
                : policy.roles().stream().map(r -> role(r, false)).collect(Collectors.joining(", "));
        return "ALTER POLICY " + Identifiers.quote(policy.name()) + " ON " + DrizzleStyle.table(table) + " TO " + roles
                + expressions(policy) + ";";
    }

    private static String expressions(Policy policy) {
        return (policy.using() == null ? "" : " USING (" + policy.using() + ")")
                + (policy.withCheck() == null ? "" : " WITH CHECK (" + policy.withCheck() + ")");
    }

    private static String role(String role, boolean quote) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (KEYWORD_ROLES.contains(lower)) {
            return lower;
        }
        return quote || !role.matches("[a-z_][a-z0-9_]*") ? Identifiers.quote(role) : role;
    }
}
