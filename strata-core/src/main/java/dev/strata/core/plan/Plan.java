package dev.strata.core.plan;

import dev.strata.core.diff.Change;

import java.util.List;

/**
 * Changes in an order PostgreSQL accepts, each with its reverse, and the data-loss hazards among them.
 *
 * @param steps   the steps, in order
 * @param hazards what may lose data or fail on existing rows, in step order
 */
public record Plan(List<Step> steps, List<Hazard> hazards) {
    public Plan {
        steps = List.copyOf(steps);
        hazards = List.copyOf(hazards);
    }

    /** The changes of the steps, in order. */
    public List<Change> changes() {
        return steps.stream().map(Step::change).toList();
    }

    /** True when some step cannot be undone without losing data. */
    public boolean hasIrreversibleSteps() {
        return steps.stream().anyMatch(s -> !s.reversible());
    }

    /**
     * The changes that undo the plan, in an order PostgreSQL accepts: every step's reverse, last step first,
     * then put in dependency order, renames last.
     */
    public List<Change> reverseChanges() {
        return Planner.reverse(this);
    }

    /** Why some steps cannot be undone without losing data, one reason per such step. */
    public List<String> irreversibleReasons() {
        return steps.stream().filter(s -> !s.reversible()).map(Step::irreversible).toList();
    }
}
