package dev.strata.core;

/** The process exit codes, stable across releases and listed in {@code strata --help}. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** The operation failed or found errors: SQL error, edited migration, partial apply. */
    public static final int FAILED = 1;
    /** Bad usage, configuration or input files (journal, migration files, strata.toml). */
    public static final int BAD_INPUT = 2;
    /** The database could not be reached, or its migration lock was not free in time. */
    public static final int UNAVAILABLE = 3;

    private ExitCode() {
    }
}
