package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy.
 *
 * @param name       policy name
 * @param permissive {@code AS PERMISSIVE} (the default) rather than {@code RESTRICTIVE}
 * @param command    {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles      the roles it applies to ({@code public} for everyone), sorted
 * @param using      the {@code USING} expression, or {@code null}
 * @param withCheck  the {@code WITH CHECK} expression, or {@code null}
 */
public record Policy(String name, boolean permissive, String command, List<String> roles, String using, String withCheck) {
    public Policy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        roles = roles.stream().sorted().toList();
    }
}
