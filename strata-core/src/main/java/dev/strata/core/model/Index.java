package dev.strata.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An index that no constraint owns (those of primary keys and unique constraints belong to them).
 *
 * @param name             index name
 * @param unique           {@code UNIQUE}
 * @param method           access method: {@code btree}, {@code gin}, {@code gist}, {@code brin}, {@code hash}...
 * @param keys             the keys in order
 * @param include          {@code INCLUDE} columns
 * @param where            the predicate of a partial index, or {@code null}
 * @param with             storage parameters ({@code fillfactor=70}), sorted by name
 * @param nullsNotDistinct {@code NULLS NOT DISTINCT} (PostgreSQL 15+)
 */
public record Index(String name, boolean unique, String method, List<IndexKey> keys, List<String> include,
                    String where, Map<String, String> with, boolean nullsNotDistinct) {
    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        with = java.util.Collections.unmodifiableMap(new TreeMap<>(with));
    }

    /** The same index under another name. */
    public Index withName(String other) {
        return new Index(other, unique, method, keys, include, where, with, nullsNotDistinct);
    }
}
