import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/constraints/steps/s1.ts */
public final class S1 {
    public static final PgTable org = table("org", t -> {
        var id = t.integer("id").primaryKey().generatedAlwaysAsIdentity();
        var slug = t.text("slug").notNull();
        var parentId = t.integer("parent_id");
        var data = t.jsonb("data");
        var email = t.text("email");
        var score = t.integer("score");
        var region = t.text("region");
        var code = t.text("code");
        t.foreignKey(parentId).references(id).name("org_parent_fk").onDelete(SET_NULL);
        t.uniqueIndex("org_slug_uq").on(slug);
        t.uniqueIndex("org_email_lower_uq").on(sql("lower(", email, ")"));
        t.index("org_data_gin").using("gin", data.op("jsonb_path_ops"));
        t.index("org_score_idx").on(score.desc().nullsLast(), region.asc().nullsFirst());
        t.index().on(region, code);
        t.index("org_code_partial").on(code).where(sql(code, " <> ''"));
        t.index("org_code_fill").on(code).with("fillfactor", 70);
        t.unique("org_code_region_uq").on(code, region).nullsNotDistinct();
        t.check("org_score_ck", sql(score, " between 0 and 100"));
    });
    public static final PgTable membership = table("membership", t -> {
        var orgId = t.integer("org_id").notNull().references(org.column("id"));
        var userId = t.uuid("user_id").notNull();
        t.date("since").notNull().defaultNow();
        t.text("role").defaultValue("member").unique();
        t.text("email").unique();
        t.text("handle").unique("membership_handle_key", Nulls.NOT_DISTINCT);
        t.primaryKey("membership_pk", orgId, userId);
    });
    public static final PgTable grants = table("grants", t -> {
        t.serial("id").primaryKey();
        var orgId = t.integer("org_id").notNull();
        var userId = t.uuid("user_id").notNull();
        var scope = t.text("scope").notNull();
        t.integer("granted_by").references(org.column("id")).onDelete(RESTRICT).onUpdate(NO_ACTION);
        t.foreignKey(orgId, userId).references(membership.column("org_id"), membership.column("user_id"))
                .onDelete(SET_NULL).onUpdate(CASCADE);
        t.unique().on(orgId, scope);
    });
}
