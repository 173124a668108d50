package dev.strata.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** JSON in and out of the API, with one mapper per server. */
final class Json {
    private final ObjectMapper mapper = new ObjectMapper();

    ObjectMapper mapper() {
        return mapper;
    }

    /** Writes {@code value} as the response body. */
    void send(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response as JSON: " + e.getMessage(), e);
        }
    }

    /** The request body as a JSON object, or a 400 that says what is wrong with it. */
    JsonNode body(Context ctx) {
        try {
            JsonNode node = mapper.readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("the request body must be a JSON object", "send Content-Type: application/json with {...}");
            }
            return node;
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getMessage(),
                    "send a JSON object");
        }
    }

    /** Parses a JSON text from a query parameter. */
    JsonNode parse(String text, String what) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(what + " is not valid JSON: " + e.getOriginalMessage(), "send " + what + " as JSON");
        }
    }
}
