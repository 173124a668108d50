/**
 * Drizzle Kit snapshot JSON (version 7) ↔ records; the source of the previous schema for generate and the file pull
 * writes.
 */
package dev.strata.core.source.snapshot;
