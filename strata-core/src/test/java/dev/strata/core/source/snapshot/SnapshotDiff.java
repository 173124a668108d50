package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The differences between two snapshots as JSON pointers with both values, ignoring {@code id}, {@code prevId} and the
 * order of object keys (so the order of tables, enums, sequences, views and of keys inside each); arrays keep their
 * order, which means something (columns of a key, enum values).
 */
final class SnapshotDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One difference: where, the expected value and the actual one ({@code null} for absent). */
    record Difference(String path, JsonNode expected, JsonNode actual) {
        @Override
        public String toString() {
            return path + ": expected " + expected + ", actual " + actual;
        }
    }

    /**
     * A difference the comparison accepts, with the reason: {@code pattern} matches whole JSON pointers, and
     * {@code holds} checks that the difference there is of the kind the reason explains.
     */
    record Allowed(String name, Pattern pattern, String reason, Predicate<Difference> holds) {
        static Allowed of(String name, String regex, String reason) {
            return new Allowed(name, Pattern.compile(regex), reason, d -> true);
        }

        static Allowed of(String name, String regex, String reason, Predicate<Difference> holds) {
            return new Allowed(name, Pattern.compile(regex), reason, holds);
        }

        boolean covers(Difference d) {
            return pattern.matcher(d.path()).matches() && holds.test(d);
        }
    }

    private SnapshotDiff() {
    }

    static List<Difference> between(Snapshot expected, Snapshot actual) {
        List<Difference> out = new ArrayList<>();
        walk("", tree(expected), tree(actual), out);
        return out;
    }

    private static JsonNode tree(Snapshot s) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(SnapshotJson.write(s));
            node.remove("id");
            node.remove("prevId");
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<Difference> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> walk(path + "/" + k.replace("~", "~0").replace("/", "~1"), a.get(k), b.get(k), out));
        } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                walk(path + "/" + i, a.get(i), b.get(i), out);
            }
        } else if (!same(a, b)) {
            out.add(new Difference(path, a, b));
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
