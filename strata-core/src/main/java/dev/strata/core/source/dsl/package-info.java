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
 * from Drizzle keeps its constraint names. With {@code public static final Casing casing = Casing.SNAKE_CASE;}
 * column names written in camelCase become snake_case, as Drizzle's {@code casing} option does.
 *
 * <p>Foreign keys take the target column object. A table declared later in the class (or the table itself) is
 * reached through a lambda and the class name, because Java forbids a simple name there:
 * {@code t.integer("lead_id").references(() -> Org.people.column("id"))}.
 *
 * <p>{@link dev.strata.core.source.dsl.JavaSchemaSource#load} compiles plain {@code .java} files with the JDK's
 * compiler (no build tool) against the classes the DSL came from, loads them in their own class loader and collects
 * every {@code public static} field holding a DSL object, in declaration order, files in name order. Each problem is
 * a {@link dev.strata.core.StrataException.Input} (exit 2) whose {@link dev.strata.core.Problem} has a stable code:
 * {@code dsl.compile-error} (one {@code file:line: message} line per error in the detail), {@code dsl.invalid-schema}
 * (a wrong definition, located at the schema line that made it when known), {@code dsl.no-schema-objects},
 * {@code dsl.no-compiler}, {@code dsl.not-found}, {@code dsl.no-sources}, {@code dsl.class-not-found},
 * {@code dsl.not-public}.
 *
 * <p>The package imports only the model and {@code dev.strata.core}'s error types: nothing downstream.
 */
package dev.strata.core.source.dsl;
