package dev.strata.core;

import dev.strata.core.check.Diagnostic;
import dev.strata.core.diff.RenameCandidate;
import dev.strata.core.plan.Hazard;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code strata generate} did.
 *
 * @param outcome      whether files were written, and if not, why
 * @param tag          the new migration's tag, or {@code null} when nothing was written
 * @param written      the files written (migration, down file, snapshot, journal)
 * @param statements   the migration's statements
 * @param hazards      what may lose data or fail on existing rows when it runs
 * @param irreversible why the down file cannot give everything back, one reason per step
 * @param unresolved   possible renames nobody answered (outcome {@link Outcome#NEEDS_ANSWERS})
 * @param lint         lint findings on the new migration
 */
public record GenerateResult(Outcome outcome, String tag, List<Path> written, List<String> statements, List<Hazard> hazards,
                             List<String> irreversible, List<RenameCandidate> unresolved, List<Diagnostic> lint) {
    public GenerateResult {
        written = List.copyOf(written);
        statements = List.copyOf(statements);
        hazards = List.copyOf(hazards);
        irreversible = List.copyOf(irreversible);
        unresolved = List.copyOf(unresolved);
        lint = List.copyOf(lint);
    }

    /** How a generate ended. */
    public enum Outcome {
        /** A migration was written: review it, then {@code strata migrate}. */
        WRITTEN,
        /** The schema equals the last snapshot: nothing to write. */
        NO_CHANGES,
        /** Some objects may have been renamed: answer (prompt or {@code --rename}/{@code --new}) and run again. */
        NEEDS_ANSWERS,
        /** The hazards were shown and the user chose not to write the migration: nothing was written. */
        DECLINED
    }

    static GenerateResult noChanges() {
        return new GenerateResult(Outcome.NO_CHANGES, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static GenerateResult declined(List<Hazard> hazards) {
        return new GenerateResult(Outcome.DECLINED, null, List.of(), List.of(), hazards, List.of(), List.of(), List.of());
    }

    static GenerateResult needsAnswers(List<RenameCandidate> unresolved) {
        return new GenerateResult(Outcome.NEEDS_ANSWERS, null, List.of(), List.of(), List.of(), List.of(), unresolved, List.of());
    }
}
