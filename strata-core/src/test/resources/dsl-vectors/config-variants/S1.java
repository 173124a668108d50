import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/config-variants/steps/s1.ts, with drizzle.config.ts's casing: "snake_case". */
public final class S1 {
    public static final Casing casing = Casing.SNAKE_CASE;
    public static final PgTable userAccounts = table("user_accounts", t -> {
        t.integer("accountId").primaryKey().generatedByDefaultAsIdentity();
        var displayName = t.text("displayName").notNull();
        t.bool("isActive").defaultValue(true);
        t.timestamptz("createdAt").defaultNow();
        t.uniqueIndex().on(displayName);
    });
    public static final PgTable loginEvents = table("login_events", t -> {
        t.integer("eventId").primaryKey().generatedAlwaysAsIdentity();
        var accountId = t.integer("accountId").notNull().references(userAccounts.column("accountId")).onDelete(CASCADE);
        var happenedAt = t.timestamp("happenedAt").defaultNow().notNull();
        t.text("remoteAddr");
        t.index().on(accountId, happenedAt);
    });
}
