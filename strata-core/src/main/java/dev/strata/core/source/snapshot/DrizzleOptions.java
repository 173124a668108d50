package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.core.model.SequenceOptions;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Storage options ({@code with}) and sequence numbers between the model's and drizzle's spelling. */
final class DrizzleOptions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final Pattern UPPER = Pattern.compile("([A-Z])");

    private DrizzleOptions() {
    }

    /**
     * PostgreSQL's {@code reloptions} as drizzle's {@code with} object: {@code fillfactor=70} → {@code "fillfactor": 70},
     * {@code security_invoker=true} → {@code "securityInvoker": true} when {@code camelCase} (views).
     */
    static ObjectNode with(Map<String, String> options, boolean camelCase) {
        ObjectNode out = NODES.objectNode();
        options.forEach((key, value) -> out.set(camelCase ? camel(key) : key, value(value)));
        return out;
    }

    /** The reverse of {@link #with}; {@code null} is no options. */
    static Map<String, String> options(JsonNode with, boolean camelCase) {
        Map<String, String> out = new TreeMap<>();
        if (with == null) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = with.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(camelCase ? snake(e.getKey()) : e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static JsonNode value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NUMBER.matcher(text).matches() ? NODES.numberNode(new BigDecimal(text)) : NODES.textNode(text);
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String snake(String camel) {
        return UPPER.matcher(camel).replaceAll("_$1").toLowerCase(java.util.Locale.ROOT);
    }

    static SnapshotSequence sequence(String name, String schema, SequenceOptions o) {
        return new SnapshotSequence(name, schema, String.valueOf(o.increment()), String.valueOf(o.start()),
                String.valueOf(o.min()), String.valueOf(o.max()), String.valueOf(o.cache()), o.cycle());
    }

    static SnapshotIdentity identity(boolean always, String name, String schema, SequenceOptions o) {
        return new SnapshotIdentity(always ? "always" : "byDefault", name, schema, String.valueOf(o.increment()),
                String.valueOf(o.start()), String.valueOf(o.min()), String.valueOf(o.max()), String.valueOf(o.cache()),
                o.cycle());
    }

    /** Sequence numbers from drizzle's strings; an absent one takes PostgreSQL's default for {@code dataType}. */
    static SequenceOptions options(String dataType, String increment, String start, String min, String max,
            String cache, Boolean cycle) {
        long inc = increment == null ? 1 : Long.parseLong(increment);
        SequenceOptions d = SequenceOptions.defaults(dataType, inc);
        long lo = min == null ? d.min() : Long.parseLong(min);
        long hi = max == null ? d.max() : Long.parseLong(max);
        long first = start == null ? (inc > 0 ? lo : hi) : Long.parseLong(start);
        return new SequenceOptions(inc, first, lo, hi, cache == null ? d.cache() : Long.parseLong(cache),
                cycle != null && cycle);
    }
}
