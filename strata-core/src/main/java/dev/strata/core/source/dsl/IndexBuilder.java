package dev.strata.core.source.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An index: {@code t.index("orders_user_idx").on(userId)}, {@code t.uniqueIndex().on(email)},
 * {@code t.index("tags_gin").using("gin", tags)}, {@code .where(sql(code, " is not null"))},
 * {@code .with("fillfactor", "70")}. Keys are columns, {@link IndexTerm}s ({@code score.desc().nullsLast()}) or
 * {@link Sql} expressions.
 */
public final class IndexBuilder {
    private final TableBuilder owner;
    private final String name;
    private final boolean unique;
    private String method = "btree";
    private final List<IndexTerm> keys = new ArrayList<>();
    private List<PgColumn> include = List.of();
    private Sql where;
    private final Map<String, String> with = new LinkedHashMap<>();
    private boolean nullsNotDistinct;

    IndexBuilder(TableBuilder owner, String name, boolean unique) {
        this.owner = owner;
        this.name = name;
        this.unique = unique;
    }

    /** The keys: {@link PgColumn}, {@link IndexTerm} or {@link Sql}. */
    public IndexBuilder on(Object... terms) {
        owner.checkOpen("index");
        for (Object t : terms) {
            keys.add(IndexTerm.of(t));
        }
        return this;
    }

    /** Access method ({@code gin}, {@code gist}, {@code hash}, {@code brin}...) and the keys. */
    public IndexBuilder using(String accessMethod, Object... terms) {
        method = accessMethod;
        return on(terms);
    }

    /** A partial index's predicate. */
    public IndexBuilder where(Sql predicate) {
        owner.checkOpen("index");
        where = predicate;
        return this;
    }

    /** A storage parameter, {@code WITH (key = value)}. */
    public IndexBuilder with(String key, Object value) {
        owner.checkOpen("index");
        with.put(key, String.valueOf(value));
        return this;
    }

    /** {@code INCLUDE (columns)}. */
    public IndexBuilder include(PgColumn... columns) {
        owner.checkOpen("index");
        include = List.of(columns);
        return this;
    }

    /** {@code NULLS NOT DISTINCT} for a unique index. */
    public IndexBuilder nullsNotDistinct() {
        owner.checkOpen("index");
        nullsNotDistinct = true;
        return this;
    }

    Specs.IndexSpec spec() {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + (name == null ? "" : name + " ") + "of table "
                    + owner.table().qualifiedName() + " has no keys: add .on(...)");
        }
        return new Specs.IndexSpec(name, unique, method, keys, include, where, with, nullsNotDistinct);
    }
}
