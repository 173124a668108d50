package dev.strata.core.model;

import java.util.Objects;

/** An installed extension and the schema holding its objects. */
public record Extension(String name, String schema) {
    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
    }
}
