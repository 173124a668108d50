package dev.strata.core.lint;

import dev.strata.core.check.Severity;

/**
 * A lint rule as {@code strata lint --list} shows it.
 *
 * @param id          stable kebab-case id, as used in {@code -- strata:ignore <id> <reason>}
 * @param severity    the severity of its diagnostics
 * @param explanation one line: what it catches and why it hurts
 * @param fix         what to do instead
 */
public record LintRule(String id, Severity severity, String explanation, String fix) {
    public LintRule {
        if (id == null || !id.matches("[a-z]+(-[a-z]+)*") || severity == null || explanation == null || fix == null) {
            throw new IllegalArgumentException("a lint rule needs a kebab-case id, a severity, an explanation and a fix");
        }
    }
}
