/**
 * Model × model. {@link dev.strata.core.diff.SchemaDiff} gives the {@link dev.strata.core.diff.Change}s that turn one
 * schema into another, with rename candidates ({@link dev.strata.core.diff.RenameCandidate}) that only the user's
 * answers ({@link dev.strata.core.diff.Renames}) resolve; {@link dev.strata.core.diff.SchemaComparison} lists the
 * differences drift checks print.
 */
package dev.strata.core.diff;
