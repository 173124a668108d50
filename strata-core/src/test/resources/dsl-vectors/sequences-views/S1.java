import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/**
 * vectors/drizzle/sequences-views/steps/s1.ts. Views built with Drizzle's query builder carry the SQL it rendered.
 */
public final class S1 {
    public static final PgSchema app = pgSchema("app");
    public static final PgSequence orderSeq = pgSequence("order_seq", s -> s.startWith(1000).increment(20).minValue(1000).maxValue(999999).cache(10).cycle(true));
    public static final PgSequence ticketSeq = app.sequence("ticket_seq");
    public static final PgTable orders = table("orders", t -> {
        t.bigint("id").primaryKey().defaultValue(sql("nextval('order_seq')"));
        t.text("status").notNull().defaultValue("new");
        t.numeric("total", 10, 2).notNull();
        t.timestamptz("created_at").notNull().defaultNow();
    });
    public static final PgTable tickets = app.table("tickets", t -> {
        t.integer("id").primaryKey().defaultValue(sql("nextval('app.ticket_seq')"));
        t.bigint("order_id").references(orders.column("id")).onDelete(CASCADE);
        t.text("subject").notNull();
    });
    public static final PgView newOrders = pgView("new_orders")
            .as("select \"id\", \"total\" from \"orders\" where \"orders\".\"total\" > '0'");
    public static final PgView bigOrders = pgView("big_orders")
            .with("security_invoker", true).with("check_option", "local")
            .as("select \"id\", \"total\" from \"orders\" where \"total\" > 1000");
    public static final PgView orderStats = pgMaterializedView("order_stats")
            .as("select \"status\", count(*) as \"n\" from \"orders\" group by \"orders\".\"status\"");
    public static final PgView legacyView = pgView("legacy_report").existing();
}
