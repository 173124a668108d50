package dev.strata.core.config;

/**
 * How new migrations are written, as asked for by a flag or {@code strata.toml}'s {@code [generate]} section:
 * drizzle-kit's {@code migrations.prefix} and {@code breakpoints}. A {@code null} setting was not asked for:
 * the folder's own style goes on (its last journal entry's), and a new folder gets drizzle-kit's defaults.
 *
 * @param prefix      how the tag starts, or {@code null}
 * @param breakpoints {@code true}: statements joined with {@code --> statement-breakpoint}; {@code false}: with
 *                    newlines (the file then runs as one query under drizzle's migrator); {@code null}: not asked
 */
public record MigrationStyle(MigrationPrefix prefix, Boolean breakpoints) {
    /** Nothing asked for: follow the folder, else drizzle-kit's defaults. */
    public static final MigrationStyle FOLLOW_FOLDER = new MigrationStyle(null, null);

    /** This style, with each setting it leaves open taken from {@code fallback} (flags over the file). */
    public MigrationStyle orElse(MigrationStyle fallback) {
        return new MigrationStyle(prefix != null ? prefix : fallback.prefix(),
                breakpoints != null ? breakpoints : fallback.breakpoints());
    }
}
