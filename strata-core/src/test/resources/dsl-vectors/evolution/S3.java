import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/evolution/steps/s3.ts */
public final class S3 {
    public static final PgEnum status = pgEnum("status", "pending", "active");
    public static final PgTable items = table("items", t -> {
        t.serial("id").primaryKey();
        t.varchar("name", 100).notNull();
        t.integer("qty").defaultValue(0);
        t.text("description");
        t.enumColumn("status", status).defaultValue("pending");
        t.numeric("price", 10, 2).notNull().defaultValue("0");
        t.timestamptz("created_at").defaultNow();
    });
    public static final PgTable tags = table("tags", t -> {
        t.serial("id").primaryKey();
        t.text("label").notNull();
    });
}
