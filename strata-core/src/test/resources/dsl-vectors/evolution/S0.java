import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/evolution/steps/s0.ts */
public final class S0 {
    public static final PgEnum status = pgEnum("status", "pending", "active");
    public static final PgTable items = table("items", t -> {
        t.serial("id").primaryKey();
        t.varchar("name", 100).notNull();
        t.integer("qty").defaultValue(0);
        t.text("note");
        t.enumColumn("status", status).defaultValue("pending");
        t.text("legacy");
    });
    public static final PgTable tags = table("tags", t -> {
        t.serial("id").primaryKey();
        t.text("label").notNull();
    });
}
