/**
 * Changes → plan. {@link dev.strata.core.plan.Planner} orders a diff's {@link dev.strata.core.diff.Change}s so that
 * PostgreSQL accepts them in one run, gives every {@link dev.strata.core.plan.Step} its reverse (or says why it
 * cannot restore the data), and lists the {@link dev.strata.core.plan.Hazard}s. Imports model and diff only.
 */
package dev.strata.core.plan;
