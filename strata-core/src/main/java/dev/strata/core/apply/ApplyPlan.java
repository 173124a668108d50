package dev.strata.core.apply;

import java.util.List;

/**
 * The migrations one run applies, in order, with their transaction modes.
 *
 * @param migrations     what to apply
 * @param alreadyApplied how many migrations of the folder were applied before this run
 * @param warnings       things to tell the user before starting (out of order, edited but allowed...)
 */
public record ApplyPlan(List<PlannedMigration> migrations, int alreadyApplied, List<ApplyEvent.Warning> warnings) {
    public ApplyPlan {
        migrations = List.copyOf(migrations);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return migrations.isEmpty();
    }
}
