package dev.strata.core.source.dsl;

import dev.strata.core.model.Deferral;
import dev.strata.core.model.ReferentialAction;

import java.util.List;
import java.util.function.Supplier;

/**
 * A table-level foreign key, for composite keys or a chosen name:
 * {@code t.foreignKey(orgId, userId).references(() -> List.of(membership.column("org_id"), ...)).onDelete(CASCADE)}.
 */
public final class ForeignKeyBuilder {
    private final TableBuilder owner;
    private final List<PgColumn> columns;
    private String name;
    private Supplier<List<PgColumn>> targets;
    private ReferentialAction onDelete = ReferentialAction.NO_ACTION;
    private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
    private boolean matchFull;
    private Deferral deferral = Deferral.NOT_DEFERRABLE;
    private boolean validated = true;

    ForeignKeyBuilder(TableBuilder owner, List<PgColumn> columns) {
        this.owner = owner;
        this.columns = columns;
    }

    /** The constraint name (default {@code <table>_<cols>_<target>_<target cols>_fk}). */
    public ForeignKeyBuilder name(String constraintName) {
        owner.checkOpen("foreign key");
        name = constraintName;
        return this;
    }

    /** The referenced columns, in key order. */
    public ForeignKeyBuilder references(PgColumn... target) {
        List<PgColumn> list = List.of(target);
        return references(() -> list);
    }

    /** The referenced columns, looked up when the schema is assembled (for tables declared later). */
    public ForeignKeyBuilder references(Supplier<List<PgColumn>> target) {
        owner.checkOpen("foreign key");
        targets = target;
        return this;
    }

    /**
     * The referenced table and columns, looked up when the schema is assembled, so the table may be declared later
     * in the class or be this one: {@code .references(() -> Org.people, "id")} (Java wants the class name there).
     */
    public ForeignKeyBuilder references(Supplier<PgTable> table, String... targetColumns) {
        return references(() -> java.util.Arrays.stream(targetColumns).map(c -> table.get().column(c)).toList());
    }

    /** {@code ON DELETE}. */
    public ForeignKeyBuilder onDelete(ReferentialAction action) {
        owner.checkOpen("foreign key");
        onDelete = action;
        return this;
    }

    /** {@code ON UPDATE}. */
    public ForeignKeyBuilder onUpdate(ReferentialAction action) {
        owner.checkOpen("foreign key");
        onUpdate = action;
        return this;
    }

    /** {@code MATCH FULL}. */
    public ForeignKeyBuilder matchFull() {
        owner.checkOpen("foreign key");
        matchFull = true;
        return this;
    }

    /** {@code DEFERRABLE INITIALLY IMMEDIATE} or {@code INITIALLY DEFERRED}. */
    public ForeignKeyBuilder deferrable(Deferral when) {
        owner.checkOpen("foreign key");
        deferral = when;
        return this;
    }

    /** {@code NOT VALID}: existing rows are not checked. */
    public ForeignKeyBuilder notValid() {
        owner.checkOpen("foreign key");
        validated = false;
        return this;
    }

    Specs.ForeignKeySpec spec() {
        if (targets == null) {
            throw new IllegalArgumentException("foreign key " + (name == null ? "" : name + " ") + "of table "
                    + owner.table().qualifiedName() + " has no target: add .references(...)");
        }
        return new Specs.ForeignKeySpec(name, columns, targets, onDelete, onUpdate, matchFull, deferral, validated);
    }
}
