package dev.strata.core.source.dsl;

/** Whether a unique constraint treats NULLs as distinct values. */
public enum Nulls {
    /** The default: any number of rows may hold NULL. */
    DISTINCT,
    /** PostgreSQL 15's {@code NULLS NOT DISTINCT}: at most one row may hold NULL. */
    NOT_DISTINCT
}
