package dev.strata.core.source.introspect;

import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Map;

/** One table, partitioned table, view or materialized view as {@code pg_class} describes it. */
record RelationRow(long oid, QualifiedName name, char kind, boolean rowSecurity, boolean forceRowSecurity,
                   String comment, String partitionKey, QualifiedName parent, String partitionBound,
                   String viewDefinition, Map<String, String> options, boolean populated, List<Long> dependsOn) {
    boolean isView() {
        return kind == 'v' || kind == 'm';
    }
}
