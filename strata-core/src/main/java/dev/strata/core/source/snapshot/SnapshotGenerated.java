package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * A generated column's {@code generated}: {@code {as, type}}; drizzle only knows {@code type: "stored"}.
 *
 * @param keyOrder the keys in the order they were read, so the file is written back byte for byte; empty for
 *                 drizzle's own order. Layout, not meaning.
 */
public record SnapshotGenerated(String as, String type, List<String> keyOrder) {
    public SnapshotGenerated {
        Copies.required(as, "as");
        Copies.required(type, "type");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotGenerated(String as) {
        this(as, "stored", List.of());
    }
}
