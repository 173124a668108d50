package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Drizzle Kit snapshot, version 7 ({@code meta/NNNN_snapshot.json}). Maps keep the file's order, which is part of
 * the format. Read and write it with {@link SnapshotJson}.
 *
 * @param id        UUID of this snapshot
 * @param prevId    the previous snapshot's id: the zero UUID for the first generate, {@code ""} in pull's snapshot
 * @param version   always {@code "7"}
 * @param dialect   always {@code "postgresql"}
 * @param schemas   {@code {"name": "name"}} for each schema but public
 * @param meta      the {@code _meta} rename maps, as written
 * @param internal  the {@code internal} kit data of pull snapshots, or {@code null} when absent
 * @param strata    Strata's own objects ({@code "strata"} key), {@link StrataExtension#EMPTY} when absent
 * @param keyOrder  the keys in the order they were read; empty for drizzle's own order. Layout, not meaning:
 *                  {@code views}, {@code sequences}, {@code roles} and {@code policies} have defaults in drizzle's
 *                  schema, and one that was absent is written back absent while it is empty.
 */
public record Snapshot(
        String id,
        String prevId,
        String version,
        String dialect,
        Map<String, SnapshotTable> tables,
        Map<String, SnapshotEnum> enums,
        Map<String, String> schemas,
        Map<String, SnapshotSequence> sequences,
        Map<String, SnapshotRole> roles,
        Map<String, SnapshotPolicy> policies,
        Map<String, SnapshotView> views,
        JsonNode meta,
        JsonNode internal,
        StrataExtension strata,
        List<String> keyOrder) {

    /** The id of drizzle's empty snapshot, and the {@code prevId} of the first generated one. */
    public static final String ORIGIN_ID = "00000000-0000-0000-0000-000000000000";

    public Snapshot {
        Copies.required(id, "id");
        Copies.required(prevId, "prevId");
        Copies.required(version, "version");
        Copies.required(dialect, "dialect");
        tables = Copies.map(tables, "tables");
        enums = Copies.map(enums, "enums");
        schemas = Copies.map(schemas, "schemas");
        sequences = Copies.map(sequences, "sequences");
        roles = Copies.map(roles, "roles");
        policies = Copies.map(policies, "policies");
        views = Copies.map(views, "views");
        meta = Copies.json(Objects.requireNonNull(meta, "meta"));
        internal = Copies.json(internal);
        strata = strata == null ? StrataExtension.EMPTY : strata;
        keyOrder = Copies.keyOrder(keyOrder);
    }

    /** Drizzle's empty snapshot: nothing in it, the zero id, no previous one. */
    public static Snapshot empty() {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        meta.putObject("schemas");
        meta.putObject("tables");
        meta.putObject("columns");
        return new Snapshot(ORIGIN_ID, "", "7", "postgresql", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), meta, null, StrataExtension.EMPTY, List.of());
    }

    /** This snapshot with another place in the chain, as generate and {@code --custom} make it. */
    public Snapshot withIds(String newId, String newPrevId) {
        return new Snapshot(newId, newPrevId, version, dialect, tables, enums, schemas, sequences, roles, policies,
                views, meta, internal, strata, keyOrder);
    }

    public Snapshot withStrata(StrataExtension newStrata) {
        return new Snapshot(id, prevId, version, dialect, tables, enums, schemas, sequences, roles, policies, views,
                meta, internal, newStrata, keyOrder);
    }

    @Override
    public JsonNode meta() {
        return Copies.json(meta);
    }

    @Override
    public JsonNode internal() {
        return Copies.json(internal);
    }
}
