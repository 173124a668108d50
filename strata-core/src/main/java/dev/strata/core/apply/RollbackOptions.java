package dev.strata.core.apply;

/**
 * How {@code rollback} runs.
 *
 * @param steps  how many applied migrations to undo, newest first (ignored when {@code to} is set)
 * @param to     undo every applied migration after this one, or {@code null}
 * @param dryRun print the down SQL instead of running it
 * @param force  run down files marked {@code -- strata:irreversible} too
 */
public record RollbackOptions(int steps, String to, boolean dryRun, boolean force) {
    public RollbackOptions {
        if (to == null && steps < 1) {
            throw new IllegalArgumentException("roll back at least one step");
        }
    }
}
