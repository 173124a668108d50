package dev.strata.core.inspect;

/** What kind of relation a listed table is ({@code pg_class.relkind}). */
public enum RelationKind {
    /** An ordinary table ({@code r}), including a partition of a partitioned table. */
    TABLE("table", "r"),
    /** A partitioned table ({@code p}): holds no rows itself; its sizes and estimate sum its leaf partitions. */
    PARTITIONED("partitioned", "p"),
    /** A view ({@code v}): no storage, so no size and no row estimate. */
    VIEW("view", "v"),
    /** A materialized view ({@code m}): stored like a table; {@code REFRESH MATERIALIZED VIEW} renews it. */
    MATVIEW("matview", "m"),
    /** A foreign table ({@code f}): its rows live on another server, so no local size. */
    FOREIGN("foreign", "f");

    private final String label;
    private final String relkind;

    RelationKind(String label, String relkind) {
        this.label = label;
        this.relkind = relkind;
    }

    /** The word shown to users and in JSON: {@code table}, {@code partitioned}, {@code view}... */
    public String label() {
        return label;
    }

    /** The kind for a {@code pg_class.relkind} letter. */
    static RelationKind ofRelkind(String relkind) {
        for (RelationKind k : values()) {
            if (k.relkind.equals(relkind)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a listed relation kind: " + relkind);
    }
}
