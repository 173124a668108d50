package dev.strata.core.source.introspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders views so that a view comes after every view it selects from (creation order otherwise). */
final class ViewOrder {
    private ViewOrder() {
    }

    static List<RelationRow> dependenciesFirst(List<RelationRow> views) {
        Map<Long, RelationRow> byOid = new LinkedHashMap<>();
        views.forEach(v -> byOid.put(v.oid(), v));
        List<RelationRow> out = new ArrayList<>(views.size());
        Set<Long> placed = new HashSet<>();
        Set<Long> visiting = new HashSet<>();
        for (RelationRow v : views) {
            place(v, byOid, placed, visiting, out);
        }
        return out;
    }

    private static void place(RelationRow v, Map<Long, RelationRow> byOid, Set<Long> placed, Set<Long> visiting,
                              List<RelationRow> out) {
        if (placed.contains(v.oid()) || !visiting.add(v.oid())) {
            return;
        }
        for (Long dependency : v.dependsOn()) {
            RelationRow d = byOid.get(dependency);
            if (d != null) {
                place(d, byOid, placed, visiting, out);
            }
        }
        visiting.remove(v.oid());
        placed.add(v.oid());
        out.add(v);
    }
}
