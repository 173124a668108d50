package dev.strata.core.check;

import java.util.List;

/**
 * What {@code strata check} found.
 *
 * @param diagnostics   every finding, errors first
 * @param databaseRead  whether the database part ran
 */
public record CheckReport(List<Diagnostic> diagnostics, boolean databaseRead) {
    public CheckReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
