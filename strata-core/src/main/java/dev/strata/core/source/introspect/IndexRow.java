package dev.strata.core.source.introspect;

import java.util.Map;

/** One index not owned by a constraint (its keys come from {@link IndexKeyQuery}). */
record IndexRow(long oid, long relation, String name, boolean unique, String method, int keyCount,
                String where, Map<String, String> with, boolean nullsNotDistinct) {
}
