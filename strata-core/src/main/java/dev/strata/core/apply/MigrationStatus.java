package dev.strata.core.apply;

import dev.strata.core.folder.Migration;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One line of {@code strata status}.
 *
 * @param name       migration name
 * @param kind       journal or manual; {@code null} for a database row whose kind is unknown
 * @param state      where it stands
 * @param file       its file, or {@code null} when missing
 * @param appliedAt  when it was applied (or last attempted), or {@code null}
 * @param durationMs how long it took, or {@code null}
 * @param appliedBy  who applied it, or {@code null} (applied by drizzle-orm, which records nobody)
 * @param mode       transaction mode of the applying run, or {@code null}
 * @param note       more to say (out of order, line endings changed, failure message...), or {@code null}
 */
public record MigrationStatus(
        String name, Migration.Kind kind, MigrationState state, Path file, Instant appliedAt, Long durationMs,
        String appliedBy, String mode, String note) {
    public MigrationStatus withState(MigrationState other) {
        return new MigrationStatus(name, kind, other, file, appliedAt, durationMs, appliedBy, mode, note);
    }

    public MigrationStatus withNote(String other) {
        return new MigrationStatus(name, kind, state, file, appliedAt, durationMs, appliedBy, mode, other);
    }
}
