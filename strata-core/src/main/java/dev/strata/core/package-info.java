/**
 * Strata's entry point ({@code Strata}), configuration, results and errors. Data flows one way
 * through the subpackages: {@code script} (SQL text to statements) and {@code folder} (files,
 * journal, checksums) feed {@code apply} (connection, lock, tracking table, history);
 * {@code config} and {@code embedded} say where the database is.
 */
package dev.strata.core;
