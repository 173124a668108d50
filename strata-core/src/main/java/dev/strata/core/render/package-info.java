/**
 * Model to PostgreSQL text: pure functions, no database. {@link dev.strata.core.render.BaselineRenderer}
 * writes a whole {@link dev.strata.core.model.Schema} as the DDL that recreates it on an empty database;
 * {@link dev.strata.core.render.Identifiers} quotes names for every other writer of SQL.
 */
package dev.strata.core.render;
