import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/no-breakpoints/steps/s0.ts */
public final class S0 {
    public static final PgEnum kind = pgEnum("kind", "a", "b");
    public static final PgTable things = table("things", t -> {
        var id = t.serial("id").primaryKey();
        var kindColumn = t.enumColumn("kind", kind).notNull();
        t.text("label");
        t.integer("parent_id").references(id);
        t.index("things_kind_idx").on(kindColumn);
    });
}
