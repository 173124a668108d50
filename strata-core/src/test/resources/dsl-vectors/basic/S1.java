import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/basic/steps/s1.ts */
public final class S1 {
    public static final PgEnum status = pgEnum("status", "draft", "active", "archived", "deleted");
    public static final PgTable accounts = table("accounts", t -> {
        t.uuid("id").primaryKey().defaultRandom();
        t.varchar("email", 255).notNull().unique();
        t.text("name");
        t.varchar("plan", 20).defaultValue("free").notNull();
        t.timestamptz("created_at").defaultNow();
    });
    public static final PgTable projects = table("projects", t -> {
        t.serial("id").primaryKey();
        var accountId = t.uuid("account_id").notNull().references(accounts.column("id")).onDelete(CASCADE);
        var title = t.text("title").notNull();
        var state = t.enumColumn("status", status).defaultValue("draft").notNull();
        t.jsonb("meta");
        var isPublic = t.bool("is_public").defaultValue(false);
        var priority = t.integer("priority").defaultValue(0);
        t.timestamp("archived_at");
        t.index("projects_account_idx").on(accountId);
        t.uniqueIndex("projects_title_uq").on(accountId, title);
        t.index("projects_active_idx").on(state).where(sql(isPublic, " = true"));
        t.check("priority_range", sql(priority, " between 0 and 10"));
    });
    public static final PgTable members = table("members", t -> {
        var accountId = t.uuid("account_id").notNull();
        var projectId = t.integer("project_id").notNull();
        t.varchar("role", 64).defaultValue("viewer");
        t.primaryKey(accountId, projectId);
        t.foreignKey(projectId).references(projects.column("id")).onDelete(SET_NULL);
    });
    public static final PgTable auditLog = table("audit_log", t -> {
        t.integer("id").primaryKey().generatedAlwaysAsIdentity();
        t.uuid("account_id").references(accounts.column("id")).onDelete(SET_NULL);
        t.text("action").notNull();
        var at = t.timestamp("at").defaultNow().notNull();
        t.index("audit_log_at_idx").on(at.desc());
    });
}
