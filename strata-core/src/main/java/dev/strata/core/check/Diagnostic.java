package dev.strata.core.check;

import java.nio.file.Path;

/**
 * One finding of {@code strata check}.
 *
 * @param rule     stable rule id, e.g. {@code numbering.duplicate}
 * @param severity how bad it is
 * @param file     the file concerned, or {@code null}
 * @param line     1-based line, or 0
 * @param message  what is wrong, naming both sides of a mismatch
 * @param fix      what to do, or {@code null} for INFO findings
 */
public record Diagnostic(String rule, Severity severity, Path file, int line, String message, String fix) {
    public Diagnostic {
        if (rule == null || rule.isBlank() || severity == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a diagnostic needs a rule, a severity and a message");
        }
    }

    static Diagnostic error(String rule, Path file, String message, String fix) {
        return new Diagnostic(rule, Severity.ERROR, file, 0, message, fix);
    }

    static Diagnostic warning(String rule, Path file, String message, String fix) {
        return new Diagnostic(rule, Severity.WARNING, file, 0, message, fix);
    }

    static Diagnostic info(String rule, Path file, String message) {
        return new Diagnostic(rule, Severity.INFO, file, 0, message, null);
    }
}
