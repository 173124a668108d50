/**
 * Reading what a live database holds, for people: tables with row estimates and sizes, the columns
 * of one table, indexes with size and usage, sequences, enums and foreign keys. One set-based
 * {@code pg_catalog} query per kind, never one per table; names travel as bind parameters. Beside
 * the data flow: it reads a {@link java.sql.Connection} and returns records, and imports only
 * {@code dev.strata.core} and {@code core.config}.
 */
package dev.strata.core.inspect;
