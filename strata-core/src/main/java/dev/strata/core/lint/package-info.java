/** Rules over migration statements → diagnostics; generate and check run them too. */
package dev.strata.core.lint;
