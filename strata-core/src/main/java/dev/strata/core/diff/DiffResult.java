package dev.strata.core.diff;

import java.util.List;

/**
 * What {@link SchemaDiff#compare} found.
 *
 * @param changes    the changes that turn the old schema into the new one, in diff order (the planner orders them)
 * @param candidates possible renames nobody answered; each is in {@code changes} as a drop and a create
 */
public record DiffResult(List<Change> changes, List<RenameCandidate> candidates) {
    public DiffResult {
        changes = List.copyOf(changes);
        candidates = List.copyOf(candidates);
    }

    /** True when there is nothing to do. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
