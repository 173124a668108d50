package dev.strata.core.render;

import dev.strata.core.model.Policy;
import dev.strata.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Row-level security switches and policies. */
final class SecurityDdl {
    /** Role specifications that are keywords, not role names: quoting them would name a role. */
    private static final Set<String> KEYWORD_ROLES = Set.of("public", "current_user", "session_user", "current_role");

    private SecurityDdl() {
    }

    /** {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY}, as the table has them. */
    static List<String> rowSecurity(Table table) {
        List<String> out = new ArrayList<>();
        if (table.security().enabled()) {
            out.add(TableDdl.alter(table) + " ENABLE ROW LEVEL SECURITY;");
        }
        if (table.security().forced()) {
            out.add(TableDdl.alter(table) + " FORCE ROW LEVEL SECURITY;");
        }
        return out;
    }

    static String createPolicy(Table table, Policy policy) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(Identifiers.quote(policy.name()))
                .append(" ON ").append(Identifiers.qualified(table.name()))
                .append(" AS ").append(policy.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                .append(" FOR ").append(policy.command());
        if (!policy.roles().isEmpty()) {
            sql.append(" TO ").append(policy.roles().stream().map(SecurityDdl::role).collect(Collectors.joining(", ")));
        }
        if (policy.using() != null) {
            sql.append(" USING (").append(policy.using()).append(')');
        }
        if (policy.withCheck() != null) {
            sql.append(" WITH CHECK (").append(policy.withCheck()).append(')');
        }
        return sql.append(';').toString();
    }

    private static String role(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return KEYWORD_ROLES.contains(lower) ? lower : Identifiers.quote(role);
    }
}
