import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/evolution/steps/s8.ts */
public final class S8 {
    public static final PgEnum status = pgEnum("status", "pending", "active", "archived");
    public static final PgTable items = table("items", t -> {
        t.serial("id").primaryKey();
        t.varchar("name", 200);
        t.bigint("qty");
        t.text("description").notNull().defaultValue("");
        t.enumColumn("status", status).defaultValue("active").notNull();
        t.numeric("price", 10, 2).notNull().defaultValue("0");
        t.timestamptz("created_at").defaultNow();
    });
}
