/**
 * Applying migrations: connection, advisory lock, transaction modes, drizzle's tracking table and
 * Strata's history table, status of every migration, and the stream of {@code ApplyEvent}s.
 */
package dev.strata.core.apply;
