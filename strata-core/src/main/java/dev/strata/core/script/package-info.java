/**
 * SQL text to {@link dev.strata.core.script.Statement}s with their lines: Drizzle's
 * {@code --> statement-breakpoint} markers and a PostgreSQL-aware splitter for everything else.
 * Imports nothing else of Strata.
 */
package dev.strata.core.script;
