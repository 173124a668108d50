/**
 * {@code strata check}: consistency of the migrations folder (numbering, journal vs files, names,
 * snapshot chain) and of the database against it, as a list of {@link dev.strata.core.check.Diagnostic}s.
 */
package dev.strata.core.check;
