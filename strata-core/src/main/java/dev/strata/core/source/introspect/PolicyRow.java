package dev.strata.core.source.introspect;

import dev.strata.core.model.Policy;

/** A policy and the table it is on. */
record PolicyRow(long relation, Policy policy) {
}
