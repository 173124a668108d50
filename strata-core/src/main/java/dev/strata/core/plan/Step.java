package dev.strata.core.plan;

import dev.strata.core.diff.Change;

import java.util.List;
import java.util.Objects;

/**
 * One change of a plan and how to undo it.
 *
 * @param change       what the step does
 * @param reverse      the changes that undo it (may be empty only when nothing needs undoing)
 * @param irreversible why undoing it cannot give everything back (the data of a dropped table or column), or
 *                     {@code null} when {@code reverse} restores the schema and its data
 */
public record Step(Change change, List<Change> reverse, String irreversible) {
    public Step {
        Objects.requireNonNull(change, "change");
        reverse = List.copyOf(reverse);
    }

    /** True when the reverse gives back everything, data included. */
    public boolean reversible() {
        return irreversible == null;
    }
}
