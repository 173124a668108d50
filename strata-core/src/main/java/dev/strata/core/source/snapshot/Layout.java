package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one JSON object of a snapshot: keys are given in drizzle's order, then the keys the record was read with
 * go first in their file order, so that a file read is written back unchanged.
 */
final class Layout {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<String> keyOrder;
    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    Layout(List<String> keyOrder) {
        this.keyOrder = keyOrder;
    }

    /** A {@code null} value is an absent key. */
    Layout put(String key, JsonNode value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    Layout put(String key, String value) {
        return put(key, value == null ? null : JSON.textNode(value));
    }

    Layout put(String key, Boolean value) {
        return put(key, value == null ? null : JSON.booleanNode(value));
    }

    Layout put(String key, List<String> values) {
        return put(key, values == null ? null : strings(values));
    }

    /**
     * A key drizzle's schema gives a default: when the record was read from a file that lacked it and it still holds
     * the default, it stays absent.
     */
    Layout putDefaulted(String key, JsonNode value, boolean holdsDefault) {
        boolean wasAbsent = !keyOrder.isEmpty() && !keyOrder.contains(key);
        return holdsDefault && wasAbsent ? this : put(key, value);
    }

    ObjectNode build() {
        ObjectNode out = JSON.objectNode();
        for (String key : keyOrder) {
            JsonNode v = fields.get(key);
            if (v != null) {
                out.set(key, v);
            }
        }
        fields.forEach((key, v) -> {
            if (!out.has(key)) {
                out.set(key, v);
            }
        });
        return out;
    }

    static JsonNode strings(List<String> values) {
        var array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static <T> ObjectNode map(Map<String, T> entries, java.util.function.Function<T, JsonNode> value) {
        ObjectNode out = JSON.objectNode();
        entries.forEach((k, v) -> out.set(k, value.apply(v)));
        return out;
    }
}
