/**
 * Sources of a schema model: the live database ({@code introspect}), Drizzle snapshot JSON
 * ({@code snapshot}); the Java DSL and SQL files come later. Each turns its input into a
 * {@link dev.strata.core.model.Schema}.
 */
package dev.strata.core.source;
