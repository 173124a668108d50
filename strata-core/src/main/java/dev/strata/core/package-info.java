/**
 * Strata's entry point ({@code Strata}), configuration, results and errors. Data flows one way
 * through the subpackages: {@code model} (the immutable schema) is produced by {@code source}
 * (live database introspection, Drizzle snapshot JSON), compared by {@code diff} and written as
 * DDL by {@code render}; {@code script} (SQL text to statements) and {@code folder} (files,
 * journal, checksums) feed {@code apply} (connection, lock, tracking table, history) and
 * {@code lint}; {@code check} judges folder and database; {@code config}, {@code embedded} and
 * {@code shadow} say where the databases are. This package's commands (pull, baseline, drift,
 * new) put those pieces together.
 */
package dev.strata.core;
