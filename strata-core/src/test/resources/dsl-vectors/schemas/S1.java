import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/schemas/steps/s1.ts */
public final class S1 {
    public static final PgSchema billing = pgSchema("billing");
    public static final PgSequence invoiceNo = billing.sequence("invoice_no_seq", s -> s.startWith(1000).increment(1));
    public static final PgEnum currency = billing.enumType("currency", "usd", "eur", "gbp", "jpy");
    public static final PgTable customers = billing.table("customers", t -> {
        t.uuid("id").primaryKey().defaultRandom();
        var name = t.text("name").notNull();
        var country = t.character("country", 2);
        var tags = t.text("tags").array().defaultValue(sql("'{}'::text[]"));
        t.unique("customers_name_country_uq").on(name, country);
        t.index("customers_tags_gin").using("gin", tags);
    });
    public static final PgTable invoices = billing.table("invoices", t -> {
        t.bigint("id").primaryKey().generatedByDefaultAsIdentity();
        var customerId = t.uuid("customer_id").notNull().references(customers.column("id"))
                .onDelete(RESTRICT).onUpdate(CASCADE);
        t.numeric("amount", 12, 2).notNull();
        t.enumColumn("cur", currency).defaultValue("usd").notNull();
        var due = t.date("due");
        t.smallint("lines").defaultValue(1);
        t.timestamptz("issued_at", 3).defaultNow();
        t.index("invoices_customer_due_idx").on(customerId, due);
    });
    /** Drizzle's query builder rendered this SQL: select().from(invoices).where(eq(invoices.cur, "usd")). */
    public static final PgView openInvoices = billing.view("open_invoices")
            .as("select \"id\", \"customer_id\", \"amount\", \"cur\", \"due\", \"lines\", \"issued_at\" from \"billing\".\"invoices\" where \"billing\".\"invoices\".\"cur\" = 'usd'");
}
