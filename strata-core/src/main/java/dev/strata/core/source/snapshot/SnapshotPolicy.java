package dev.strata.core.source.snapshot;

import java.util.List;

/**
 * A row-level security policy: in a table's {@code policies}, or in the top-level {@code policies} (then with
 * {@code schema} and {@code on}). Every key but {@code name} is {@code null} when absent.
 *
 * @param as       {@code PERMISSIVE} or {@code RESTRICTIVE}
 * @param forCommand the {@code for} key: {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param to       role names, sorted by drizzle
 * @param on       {@code "schema"."table"}, top-level policies only
 * @param keyOrder the keys in the order they were read; empty for drizzle's own order. Layout, not meaning.
 */
public record SnapshotPolicy(
        String name,
        String as,
        String forCommand,
        List<String> to,
        String using,
        String withCheck,
        String schema,
        String on,
        List<String> keyOrder) {

    public SnapshotPolicy {
        Copies.required(name, "name");
        to = Copies.optionalList(to);
        keyOrder = Copies.keyOrder(keyOrder);
    }

    public SnapshotPolicy(String name, String as, String forCommand, List<String> to, String using, String withCheck,
            String schema, String on) {
        this(name, as, forCommand, to, using, withCheck, schema, on, List.of());
    }
}
