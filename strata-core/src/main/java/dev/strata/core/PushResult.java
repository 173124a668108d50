package dev.strata.core;

import dev.strata.core.diff.RenameCandidate;
import dev.strata.core.plan.Hazard;

import java.util.List;
import java.util.Objects;

/**
 * What {@code strata push} did or would do.
 *
 * @param outcome    what happened
 * @param statements the plan: statements run (or that would run), and in which transaction
 * @param hazards    changes that may lose data
 * @param unresolved possible renames nobody answered
 */
public record PushResult(Outcome outcome, PushStatements statements, List<Hazard> hazards, List<RenameCandidate> unresolved) {
    public PushResult {
        Objects.requireNonNull(statements, "statements");
        hazards = List.copyOf(hazards);
        unresolved = List.copyOf(unresolved);
    }

    /** How a push ended. */
    public enum Outcome {
        /**
         * The statements ran: in one transaction, or, when the push adds enum values, those first in a transaction
         * of their own and the rest in a second one (see {@link PushStatements}).
         */
        APPLIED,
        /** {@code --dry-run}: the plan is shown, nothing ran. */
        PLANNED,
        /** The database already matches the schema. */
        NO_CHANGES,
        /** Some changes may lose data and {@code --force} was not given: nothing ran. */
        REFUSED,
        /** Some objects may have been renamed: answer and run again. Nothing ran. */
        NEEDS_ANSWERS
    }
}
