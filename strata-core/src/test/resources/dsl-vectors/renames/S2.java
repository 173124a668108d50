import dev.strata.core.source.dsl.*;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/renames/steps/s2.ts */
public final class S2 {
    public static final PgEnum mood = pgEnum("feeling", "happy", "sad");
    public static final PgTable users = table("users", t -> {
        t.serial("id").primaryKey();
        t.text("display_name").notNull();
        t.varchar("email", 255).notNull().unique();
        t.enumColumn("mood", mood).defaultValue("happy");
    });
    public static final PgTable articles = table("articles", t -> {
        t.serial("id").primaryKey();
        var authorId = t.integer("author_id").notNull().references(users.column("id")).onDelete(CASCADE);
        t.varchar("content", 2000);
        t.timestamp("created_at").defaultNow();
        t.index("articles_author_idx").on(authorId);
    });
}
