package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object of a snapshot being read, with its place ({@code tables["public.users"].columns["id"]}) so that a
 * wrong shape is reported where it is.
 */
record Fields(ObjectNode node, String path, Path file) {

    static final String FIX = "restore the file from version control, or regenerate it with drizzle-kit";

    /** The keys in file order: the record's {@code keyOrder}. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Drizzle's schema is strict: an unknown key is refused rather than dropped on the next write. */
    Fields allowOnly(Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw fail(at(key), "unknown key \"" + key + "\"");
            }
        }
        return this;
    }

    String str(String key) {
        return text(key, required(key));
    }

    String optStr(String key) {
        JsonNode v = node.get(key);
        return v == null ? null : text(key, v);
    }

    boolean bool(String key) {
        return flag(key, required(key));
    }

    boolean boolOr(String key, boolean fallback) {
        JsonNode v = node.get(key);
        return v == null ? fallback : flag(key, v);
    }

    Boolean optBool(String key) {
        JsonNode v = node.get(key);
        return v == null ? null : flag(key, v);
    }

    String strOr(String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null ? fallback : text(key, v);
    }

    List<String> strings(String key) {
        return stringList(key, required(key));
    }

    List<String> optStrings(String key) {
        JsonNode v = node.get(key);
        return v == null ? null : stringList(key, v);
    }

    /** An optional array of strings and {@code null}s, e.g. the collation of each index key. */
    List<String> optStringsOrNulls(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw fail(at(key), "expected an array of strings and nulls");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() && !e.isNull()) {
                throw fail(at(key), "expected an array of strings and nulls");
            }
            out.add(e.isNull() ? null : e.textValue());
        }
        return out;
    }

    Fields obj(String key) {
        return object(at(key), required(key));
    }

    Fields optObj(String key) {
        JsonNode v = node.get(key);
        return v == null ? null : object(at(key), v);
    }

    /** Any JSON value, or {@code null} when absent. */
    JsonNode any(String key) {
        return node.get(key);
    }

    JsonNode anyObject(String key) {
        return object(at(key), required(key)).node;
    }

    JsonNode optAnyObject(String key) {
        Fields f = optObj(key);
        return f == null ? null : f.node;
    }

    <T> Map<String, T> map(String key, Function<Fields, T> entry) {
        return entries(key, required(key), entry);
    }

    /** An object whose values are all strings, e.g. {@code schemas}. */
    Map<String, String> stringMap(String key) {
        Fields map = obj(key);
        Map<String, String> out = new LinkedHashMap<>();
        map.node.fields().forEachRemaining(e -> out.put(e.getKey(), map.text("[\"" + e.getKey() + "\"]", e.getValue())));
        return out;
    }

    /** A map with drizzle's default {@code {}}: absent reads as empty. */
    <T> Map<String, T> mapOrEmpty(String key, Function<Fields, T> entry) {
        JsonNode v = node.get(key);
        return v == null ? Map.of() : entries(key, v, entry);
    }

    <T> List<T> list(String key, Function<Fields, T> element) {
        JsonNode v = node.get(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw fail(at(key), "expected an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(element.apply(object(at(key) + "[" + i + "]", v.get(i))));
        }
        return out;
    }

    StrataException fail(String where, String message) {
        return new StrataException.Input(Problem.inFile("snapshot.bad-shape", file, 0,
                "is not a drizzle-kit snapshot: " + (where.isEmpty() ? "" : where + ": ") + message, FIX));
    }

    private <T> Map<String, T> entries(String key, JsonNode v, Function<Fields, T> entry) {
        Fields map = object(at(key), v);
        Map<String, T> out = new LinkedHashMap<>();
        map.node.fields().forEachRemaining(e -> out.put(e.getKey(),
                entry.apply(map.object(map.path + "[\"" + e.getKey() + "\"]", e.getValue()))));
        return out;
    }

    private JsonNode required(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw fail(path, "missing required key \"" + key + "\"");
        }
        return v;
    }

    private String text(String key, JsonNode v) {
        if (!v.isTextual()) {
            throw fail(at(key), "expected a string");
        }
        return v.textValue();
    }

    private boolean flag(String key, JsonNode v) {
        if (!v.isBoolean()) {
            throw fail(at(key), "expected true or false");
        }
        return v.booleanValue();
    }

    private List<String> stringList(String key, JsonNode v) {
        if (!v.isArray()) {
            throw fail(at(key), "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw fail(at(key), "expected an array of strings");
            }
            out.add(e.textValue());
        }
        return out;
    }

    private Fields object(String where, JsonNode v) {
        if (!(v instanceof ObjectNode o)) {
            throw fail(where, "expected an object");
        }
        return new Fields(o, where, file);
    }

    private String at(String key) {
        return path.isEmpty() || key.startsWith("[") ? path + key : path + "." + key;
    }
}
