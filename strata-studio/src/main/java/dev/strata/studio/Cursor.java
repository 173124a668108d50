package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a grid page ends: the sort column's value and the key's values of its last row, plus the sort
 * they belong to. Opaque to the browser (base64url of a small JSON array); its values are only ever
 * bound as parameters.
 *
 * @param sort      the sort column, or {@code null} when sorted by the key only
 * @param direction the direction
 * @param sortValue the last row's sort value as text ({@code null}: NULL, or no sort column)
 * @param keyValues the last row's key values as text, in key order
 */
record Cursor(String sort, SortDirection direction, String sortValue, List<String> keyValues) {
    Cursor {
        keyValues = java.util.Collections.unmodifiableList(new ArrayList<>(keyValues));
    }

    String encode(ObjectMapper mapper) {
        ArrayNode a = mapper.createArrayNode();
        a.add(sort);
        a.add(direction.name());
        a.add(sortValue);
        ArrayNode keys = a.addArray();
        keyValues.forEach(keys::add);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor made by {@link #encode}, or fails with a 400 that says to start from the first page. */
    static Cursor decode(String text, ObjectMapper mapper) {
        try {
            JsonNode a = mapper.readTree(Base64.getUrlDecoder().decode(text));
            if (a == null || !a.isArray() || a.size() != 4 || !a.get(3).isArray() || !a.get(1).isTextual()) {
                throw bad();
            }
            List<String> keys = new ArrayList<>();
            for (JsonNode k : a.get(3)) {
                keys.add(k.isNull() ? null : k.asText());
            }
            return new Cursor(a.get(0).isNull() ? null : a.get(0).asText(), SortDirection.valueOf(a.get(1).asText()),
                    a.get(2).isNull() ? null : a.get(2).asText(), keys);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw bad();
        }
    }

    private static ApiException bad() {
        return ApiException.badRequest("the cursor (after=) is not one this studio made",
                "start again from the first page (leave out after=)");
    }
}
