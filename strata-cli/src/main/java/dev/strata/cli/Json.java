package dev.strata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.strata.core.Problem;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON document a command prints with {@code --json}. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * An object whose keys keep the order given ({@code key, value, key, value...}). {@code Map.of} would print them
     * in an order that changes from run to run.
     */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("file", path(p.file()));
        m.put("line", p.line() == 0 ? null : p.line());
        m.put("statement", p.statement());
        m.put("sqlState", p.sqlState());
        m.put("message", p.message());
        m.put("detail", p.detail());
        m.put("fix", p.fix());
        m.put("state", p.state());
        return m;
    }

    static String path(Path p) {
        return p == null ? null : p.toString();
    }
}
