import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/rls/steps/s1.ts */
public final class S1 {
    public static final PgTable notes = table("notes", t -> {
        t.integer("id").primaryKey().generatedAlwaysAsIdentity();
        var owner = t.uuid("owner").notNull();
        var body = t.text("body");
        t.policy("notes_write").restrictive().forCommand("insert").to("postgres")
                .withCheck(sql(owner, " is not null and ", body, " is not null"));
        t.policy("notes_admin").forCommand("all").to("postgres", "current_user").using(sql("true")).withCheck(sql("true"));
    });
    public static final PgTable audit = table("audit", t -> {
        t.integer("id").primaryKey();
        t.text("what");
    });
    public static final PgPolicy auditPolicy = pgPolicy("audit_read",
            p -> p.forCommand("select").to("public").using(sql("true"))).link(audit);
}
