/**
 * Model × model. For now: {@link dev.strata.core.diff.SchemaComparison}, the object-by-object list of
 * differences that drift checks print; the change list generate renders comes with the DSL.
 */
package dev.strata.core.diff;
