package dev.strata.core.source.dsl;

import java.util.List;

/** A table-level {@code UNIQUE} constraint: {@code t.unique("name").on(a, b).nullsNotDistinct()}. */
public final class UniqueBuilder {
    private final TableBuilder owner;
    private final String name;
    private List<PgColumn> columns = List.of();
    private Nulls nulls = Nulls.DISTINCT;

    UniqueBuilder(TableBuilder owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /** The columns, in order. */
    public UniqueBuilder on(PgColumn... cols) {
        owner.checkOpen("unique");
        columns = List.of(cols);
        return this;
    }

    /** {@code NULLS NOT DISTINCT}. */
    public UniqueBuilder nullsNotDistinct() {
        owner.checkOpen("unique");
        nulls = Nulls.NOT_DISTINCT;
        return this;
    }

    Specs.UniqueSpec spec() {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + (name == null ? "" : name + " ")
                    + "of table " + owner.table().qualifiedName() + " has no columns: add .on(...)");
        }
        return new Specs.UniqueSpec(name, columns, nulls);
    }
}
