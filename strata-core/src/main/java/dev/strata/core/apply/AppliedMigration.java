package dev.strata.core.apply;

import java.time.Duration;

/**
 * A migration applied by this run.
 *
 * @param name       migration name
 * @param mode       transaction mode used
 * @param statements statements run (after a resume: only those run now)
 * @param duration   time taken
 */
public record AppliedMigration(String name, TransactionMode mode, int statements, Duration duration) {
}
