import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/**
 * vectors/drizzle/rls/steps/s0.ts. Drizzle's {@code pgRole("postgres").existing()} is only a name here: roles are not
 * part of Strata's model, and an existing role is never created.
 */
public final class S0 {
    public static final PgTable notes = table("notes", t -> {
        t.integer("id").primaryKey().generatedAlwaysAsIdentity();
        var owner = t.uuid("owner").notNull();
        t.text("body");
        t.policy("notes_read").forCommand("select").to("public").using(sql("true"));
        t.policy("notes_write").restrictive().forCommand("insert").to("postgres").withCheck(sql(owner, " is not null"));
        t.policy("notes_admin").forCommand("all").to("postgres", "current_user").using(sql("true")).withCheck(sql("true"));
    });
    public static final PgTable audit = table("audit", t -> {
        t.integer("id").primaryKey();
        t.text("what");
        t.enableRls();
    });
}
