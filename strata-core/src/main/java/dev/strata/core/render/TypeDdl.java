package dev.strata.core.render;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Enum types, domains and the spelling of a column's type. */
final class TypeDdl {
    private TypeDdl() {
    }

    static String createEnum(EnumType type) {
        String labels = type.values().stream().map(SqlLiteral::quote).collect(Collectors.joining(", "));
        return "CREATE TYPE " + Identifiers.qualified(type.name()) + " AS ENUM(" + labels + ");";
    }

    /** The domain, then one {@code ALTER DOMAIN ... NOT VALID} per check that was never validated. */
    static List<String> createDomain(Domain domain) {
        String name = Identifiers.qualified(domain.name());
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(domain.baseType());
        if (domain.defaultSql() != null) {
            sql.append(" DEFAULT ").append(domain.defaultSql());
        }
        if (domain.notNull()) {
            sql.append(" NOT NULL");
        }
        List<String> later = new ArrayList<>();
        for (CheckConstraint check : domain.checks()) {
            if (check.validated()) {
                sql.append(' ').append(check(check));
            } else {
                later.add("ALTER DOMAIN " + name + " ADD " + check(check) + " NOT VALID;");
            }
        }
        List<String> out = new ArrayList<>();
        out.add(sql.append(';').toString());
        out.addAll(later);
        return out;
    }

    /** {@code CONSTRAINT "c" CHECK (expr)}; the model keeps the expression without {@code CHECK ( )}. */
    static String check(CheckConstraint check) {
        return "CONSTRAINT " + Identifiers.quote(check.name()) + " CHECK (" + check.expression() + ")";
    }

    /** Built-in types as {@code format_type} spells them; user types schema-qualified and quoted. */
    static String columnType(ColumnType type) {
        String base = type.userType() == null ? type.base() : Identifiers.qualified(type.userType());
        return base + "[]".repeat(type.dimensions());
    }
}
