package dev.strata.core.source.dsl;

import java.util.List;
import java.util.Locale;

/**
 * A row-level security policy: {@code t.policy("notes_read").forCommand("select").to("public").using(sql("true"))}.
 * Defaults: permissive, for all commands, to {@code public}.
 */
public final class PolicyBuilder {
    private final Runnable checkOpen;
    private final String name;
    private boolean permissive = true;
    private String command = "ALL";
    private List<String> roles = List.of("public");
    private Sql using;
    private Sql withCheck;

    PolicyBuilder(Runnable checkOpen, String name) {
        this.checkOpen = checkOpen;
        this.name = name;
    }

    /** {@code AS RESTRICTIVE}. */
    public PolicyBuilder restrictive() {
        checkOpen.run();
        permissive = false;
        return this;
    }

    /** {@code FOR command}: {@code all}, {@code select}, {@code insert}, {@code update} or {@code delete}. */
    public PolicyBuilder forCommand(String sqlCommand) {
        checkOpen.run();
        command = sqlCommand.toUpperCase(Locale.ROOT);
        if (!List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE").contains(command)) {
            throw new IllegalArgumentException("policy " + name + ": not a policy command: " + sqlCommand);
        }
        return this;
    }

    /** {@code TO roles}: role names, {@code public}, {@code current_user}... */
    public PolicyBuilder to(String... roleNames) {
        checkOpen.run();
        roles = List.of(roleNames);
        return this;
    }

    /** {@code USING (expression)}. */
    public PolicyBuilder using(Sql expression) {
        checkOpen.run();
        using = expression;
        return this;
    }

    /** {@code WITH CHECK (expression)}. */
    public PolicyBuilder withCheck(Sql expression) {
        checkOpen.run();
        withCheck = expression;
        return this;
    }

    Specs.PolicySpec spec() {
        return new Specs.PolicySpec(name, permissive, command, roles, using, withCheck);
    }
}
