package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * An entry of {@code roles}; each flag is {@code null} when absent.
 *
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotRole(String name, Boolean createDb, Boolean createRole, Boolean inherit, List<String> keyOrder) {
    public SnapshotRole {
        Copies.required(name, "name");
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotRole(String name, Boolean createDb, Boolean createRole, Boolean inherit) {
        this(name, createDb, createRole, inherit, List.of());
    }
}
