/**
 * Model and plan to PostgreSQL text: pure functions, no database. {@link dev.strata.core.render.MigrationRenderer}
 * writes a {@link dev.strata.core.plan.Plan} as a migration, up and down, in drizzle-kit's statement style;
 * {@link dev.strata.core.render.BaselineRenderer} writes a whole {@link dev.strata.core.model.Schema} as the DDL that
 * recreates it on an empty database; {@link dev.strata.core.render.Identifiers} quotes names for every other writer of SQL.
 */
package dev.strata.core.render;
