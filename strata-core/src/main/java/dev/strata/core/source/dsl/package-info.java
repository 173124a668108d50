/**
 * Schema as code: the Java DSL, its loader ({@link dev.strata.core.source.dsl.JavaSchemaSource}) and its writer
 * ({@link dev.strata.core.source.dsl.JavaSchemaWriter}, for {@code strata pull}).
 *
 * <p>A schema file is a plain class whose {@code public static final} fields hold the objects, as Drizzle's
 * {@code export const}; {@link dev.strata.core.source.dsl.Dsl} has the factories:
 * <pre>{@code
 * import static dev.strata.core.source.dsl.Dsl.*;
 *
 * public final class Shop {
 *     public static final PgEnum status = pgEnum("status", "active", "archived");
 *     public static final PgTable users = table("users", t -> {
 *         t.uuid("id").primaryKey().defaultRandom();
 *         t.text("email").notNull().unique();
 *     });
 *     public static final PgTable orders = table("orders", t -> {
 *         t.serial("id").primaryKey();
 *         t.uuid("user_id").notNull().references(users.column("id")).onDelete(CASCADE);
 *         t.enumColumn("status", status).defaultValue("active");
 *     });
 * }
 * }</pre>
 * Names the user leaves out are Drizzle Kit's defaults ({@code users_email_unique},
 * {@code orders_user_id_users_id_fk}, {@code <table>_<cols>_pk}, {@code <table>_<cols>_index}), so a schema moved
 * from Drizzle keeps its constraint names. The package imports only the model: nothing downstream.
 */
package dev.strata.core.source.dsl;
