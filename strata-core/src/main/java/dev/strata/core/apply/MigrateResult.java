package dev.strata.core.apply;

import java.util.List;

/**
 * What {@code migrate} did.
 *
 * @param applied        migrations applied by this run, in order
 * @param alreadyApplied migrations that were applied before
 * @param dryRunSql      with {@code --dry-run}: the exact SQL that would run; otherwise {@code null}
 * @param warnings       what the user should know
 */
public record MigrateResult(List<AppliedMigration> applied, int alreadyApplied, String dryRunSql,
                            List<ApplyEvent.Warning> warnings) {
    public MigrateResult {
        applied = List.copyOf(applied);
        warnings = List.copyOf(warnings);
    }
}
