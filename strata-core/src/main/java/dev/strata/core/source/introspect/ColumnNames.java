package dev.strata.core.source.introspect;

import dev.strata.core.inspect.Catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Column names by relation and attribute number, to turn constraints' {@code conkey}/{@code confkey} into names. */
final class ColumnNames {
    private static final String OUT_OF_SCOPE = """
            SELECT a.attrelid, a.attnum, a.attname FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = ANY (?::text[]::oid[]) AND a.attnum > 0 AND NOT a.attisdropped""";
    private final Map<Long, Map<Integer, String>> names = new HashMap<>();

    ColumnNames(List<ColumnRow> columns) {
        columns.forEach(c -> put(c.relation(), c.number(), c.name()));
    }

    private void put(long relation, int number, String name) {
        names.computeIfAbsent(relation, k -> new HashMap<>()).put(number, name);
    }

    /** Referenced tables the column query did not cover (outside the filter): their names come from one more query. */
    void addReferencedOutsideScope(Catalog catalog, List<ConstraintRow> constraints) {
        Set<String> missing = new TreeSet<>();
        constraints.stream().filter(c -> c.type() == 'f' && !names.containsKey(c.targetRelation()))
                .forEach(c -> missing.add(Long.toString(c.targetRelation())));
        if (missing.isEmpty()) {
            return;
        }
        catalog.query(OUT_OF_SCOPE, List.of(List.copyOf(missing)), rs -> {
            put(rs.getLong("attrelid"), rs.getInt("attnum"), rs.getString("attname"));
            return null;
        });
    }

    List<String> of(long relation, List<Integer> numbers) {
        Map<Integer, String> byNumber = names.getOrDefault(relation, Map.of());
        return numbers.stream().map(n -> {
            String name = byNumber.get(n);
            if (name == null) {
                throw new IllegalStateException("no column " + n + " in relation " + relation);
            }
            return name;
        }).toList();
    }
}
