/**
 * The immutable schema model: what every source (Java DSL, SQL file, live database, Drizzle snapshot)
 * produces and what diff, render and check compare. It knows nothing of databases, files or Strata's
 * other packages. {@link dev.strata.core.model.Schema#normalized()} gives the canonical form in which
 * {@code equals} means "the same schema".
 */
package dev.strata.core.model;
