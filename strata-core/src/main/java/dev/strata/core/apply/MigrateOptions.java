package dev.strata.core.apply;

import java.time.Duration;

/**
 * How {@code migrate} runs.
 *
 * @param dryRun            print the SQL instead of running it (no lock, nothing written)
 * @param to                stop after this migration (name), or {@code null} for all
 * @param singleTransaction the whole run in one transaction, like drizzle-orm
 * @param allowEdited       go on although applied migrations were edited since
 * @param allowMissing      go on although the database has migrations the folder does not
 * @param lockTimeout       how long to wait for another run's lock
 */
public record MigrateOptions(
        boolean dryRun, String to, boolean singleTransaction, boolean allowEdited, boolean allowMissing, Duration lockTimeout) {

    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    public MigrateOptions {
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lock timeout must not be negative");
        }
    }

    public static MigrateOptions defaults() {
        return new MigrateOptions(false, null, false, false, false, DEFAULT_LOCK_TIMEOUT);
    }
}
