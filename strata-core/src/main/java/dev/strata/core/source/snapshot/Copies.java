package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies for the snapshot records: ordered maps, lists, detached JSON trees. */
final class Copies {
    private Copies() {
    }

    /** An unmodifiable copy that keeps the insertion order, since order is part of the file format. */
    static <V> Map<String, V> map(Map<String, V> source, String what) {
        Objects.requireNonNull(source, what);
        LinkedHashMap<String, V> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(Objects.requireNonNull(k, what), Objects.requireNonNull(v, what)));
        return Collections.unmodifiableMap(copy);
    }

    static <T> List<T> list(List<T> source, String what) {
        return List.copyOf(Objects.requireNonNull(source, what));
    }

    /** An unmodifiable copy of a list whose elements may be {@code null} (which {@code List.copyOf} refuses). */
    static <T> List<T> listWithNulls(List<T> source, String what) {
        return Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(source, what)));
    }

    /** Null stays null (an absent optional list). */
    static <T> List<T> optionalList(List<T> source) {
        return source == null ? null : List.copyOf(source);
    }

    static List<String> keyOrder(List<String> keys) {
        return keys == null ? List.of() : List.copyOf(keys);
    }

    /** Jackson trees are mutable: records keep and hand out detached copies. */
    static JsonNode json(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }

    static String required(String value, String what) {
        return Objects.requireNonNull(value, what);
    }
}
