package dev.strata.core.apply;

import java.util.List;

/**
 * What {@code rollback} did.
 *
 * @param rolledBack the migrations undone, newest first (with {@code dryRun}: those it would undo)
 * @param dryRunSql  the down SQL it would run, or {@code null} when it ran
 */
public record RollbackResult(List<String> rolledBack, String dryRunSql) {
    public RollbackResult {
        rolledBack = List.copyOf(rolledBack);
    }
}
