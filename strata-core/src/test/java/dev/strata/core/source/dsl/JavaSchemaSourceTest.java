package dev.strata.core.source.dsl;

import dev.strata.core.ExitCode;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.source.dsl.fixtures.ShopSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading schema classes: what is found, in which order, and every way it fails. */
class JavaSchemaSourceTest {
    private static final String HEAD = "import dev.strata.core.source.dsl.*;\nimport static dev.strata.core.source.dsl.Dsl.*;\n";

    @TempDir
    Path dir;

    private Path file(String className, String body) throws IOException {
        Path f = dir.resolve(className + ".java");
        Files.writeString(f, HEAD + "public final class " + className + " {\n" + body + "\n}\n");
        return f;
    }

    private static Problem problem(Runnable load) {
        try {
            load.run();
        } catch (StrataException.Input e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            return e.problem();
        }
        throw new AssertionError("no input error");
    }

    private static Table table(Schema s, String name) {
        return s.table(QualifiedName.of("public", name)).orElseThrow();
    }

    @Test
    void theShopExampleGetsDrizzleDefaultNames() throws IOException {
        Schema s = JavaSchemaSource.load(file("Shop", """
                public static final PgEnum status = pgEnum("status", "active", "archived");
                public static final PgTable users = table("users", t -> {
                    t.uuid("id").primaryKey().defaultRandom();
                    t.text("email").notNull().unique();
                });
                public static final PgTable orders = table("orders", t -> {
                    t.serial("id").primaryKey();
                    var userId = t.uuid("user_id").notNull().references(users.column("id")).onDelete(CASCADE);
                    var placed = t.timestamptz("placed_at").defaultNow();
                    t.index().on(userId, placed);
                });
                public static final PgTable lines = table("order_lines", t -> {
                    var order = t.integer("order_id").references(orders.column("id"));
                    var n = t.integer("n");
                    t.primaryKey(order, n);
                });
                """));
        assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("users", "orders", "order_lines");
        assertThat(table(s, "users").uniques()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("users_email_unique"));
        assertThat(table(s, "users").primaryKey().name()).isEqualTo("users_pkey");
        ForeignKey fk = table(s, "orders").foreignKeys().get(0);
        assertThat(fk.name()).isEqualTo("orders_user_id_users_id_fk");
        assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(table(s, "orders").indexes().get(0).name()).isEqualTo("orders_user_id_placed_at_index");
        assertThat(table(s, "orders").column("id").orElseThrow().defaultSql()).isEqualTo("nextval('orders_id_seq'::regclass)");
        assertThat(s.sequences()).singleElement().satisfies(q -> assertThat(q.name().name()).isEqualTo("orders_id_seq"));
        assertThat(table(s, "order_lines").primaryKey().name()).isEqualTo("order_lines_order_id_n_pk");
        assertThat(s.enums()).singleElement().satisfies(e -> assertThat(e.values()).containsExactly("active", "archived"));
    }

    @Test
    void filesAreReadInNameOrderAndFieldsInDeclarationOrder(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/Later.java"), HEAD + "public final class Later {\n"
                + "public static final PgTable zeta = table(\"zeta\", t -> t.integer(\"id\"));\n"
                + "public static final PgTable alpha = table(\"alpha\", t -> t.integer(\"a_id\").references(Early.first.column(\"id\")));\n}\n");
        Files.writeString(folder.resolve("Early.java"), HEAD + "public final class Early {\n"
                + "public static final PgTable first = table(\"first\", t -> t.integer(\"id\").primaryKey());\n}\n");
        Schema s = JavaSchemaSource.load(folder);
        assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("first", "zeta", "alpha");
    }

    @Test
    void classesCompiledByTheBuildLoadThroughTheirClassLoader() {
        Schema s = JavaSchemaSource.fromClasses(getClass().getClassLoader(),
                List.of("dev.strata.core.source.dsl.fixtures.ShopSchema"));
        assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("users", "orders");
        assertThat(table(s, "orders").indexes().get(0).name()).isEqualTo("orders_user_id_index");
    }

    @Test
    void schemaFilesMayUseTheJdkAndTheNewestLanguageLevelOfTheRunningJava() throws IOException {
        Path f = file("Generated", """
                static final java.util.List<String> NAMES = java.util.stream.IntStream.rangeClosed(1, 3)
                        .mapToObj(i -> String.format("audit_%02d", i)).toList();
                static final java.time.Duration RETENTION = java.time.Duration.ofDays(30);
                static final String RETENTION_SQL = switch ((int) RETENTION.toDays()) {
                    case 30 -> "interval '30 days'";
                    default -> "interval '1 day'";
                };
                public static final PgTable audit1 = audit(NAMES.get(0));
                public static final PgTable audit2 = audit(NAMES.get(1));
                static PgTable audit(String name) {
                    var sqlType = java.sql.JDBCType.valueOf(java.sql.Types.BIGINT).getName().toLowerCase(java.util.Locale.ROOT);
                    return table(name, t -> {
                        t.column("id", sqlType).primaryKey();
                        t.interval("keep").defaultSql(RETENTION_SQL);
                    });
                }
                """);
        Schema s = JavaSchemaSource.load(f);
        assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("audit_01", "audit_02");
        assertThat(table(s, "audit_01").columns()).extracting(c -> c.type().sql()).containsExactly("bigint", "interval");
        assertThat(table(s, "audit_02").columns().get(1).defaultSql()).contains("30 days");
    }

    @Test
    void compileErrorsListFileLineAndMessageForEachError() throws IOException {
        Path f = file("Broken", """
                public static final PgTable users = table("users", t -> {
                    t.uuid("id").primaryKeyy();
                    t.text(42);
                });
                public static final PgTable other = table("other", t -> t.tsvectr("doc"));
                """);
        Problem p = problem(() -> JavaSchemaSource.load(f));
        assertThat(p.code()).isEqualTo("dsl.compile-error");
        assertThat(p.file()).isEqualTo(f);
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("the Java schema does not compile (3 errors)");
        assertThat(p.detail()).contains(f + ":5: The method primaryKeyy() is undefined for the type PgColumn")
                .contains(f + ":6: The method text(String) in the type ColumnFactory is not applicable for the arguments (int)")
                .contains(f + ":8: The method tsvectr(String) is undefined for the type TableBuilder");
        assertThat(p.render()).startsWith(f + ":5: the Java schema does not compile");
    }

    @Test
    void anUnknownTypeNameNamesColumnTypeAndLine() throws IOException {
        Path f = file("Typo", """
                public static final PgTable users = table("users", t -> {
                    t.integer("id");
                    t.column("age", "intger");
                });
                """);
        Problem p = problem(() -> JavaSchemaSource.load(f));
        assertThat(p.code()).isEqualTo("dsl.invalid-schema");
        assertThat(p.location()).isEqualTo(f + ":6: ");
        assertThat(p.message()).contains("column \"age\"").contains("unknown type name \"intger\"");
    }

    @Test
    void aReferenceToAMissingColumnNamesTableAndColumn() throws IOException {
        Path f = file("Missing", """
                public static final PgTable users = table("users", t -> { t.uuid("id"); t.text("email"); });
                public static final PgTable orders = table("orders", t -> t.uuid("user_id").references(users.column("uid")));
                """);
        Problem p = problem(() -> JavaSchemaSource.load(f));
        assertThat(p.message()).isEqualTo("table public.users has no column \"uid\" (its columns: id, email)");
        assertThat(p.line()).isEqualTo(5);
    }

    @Test
    void aForeignKeyToATableOutsideTheSchemaIsRefused() throws IOException {
        Path f = file("Outside", """
                static final PgTable hidden = table("hidden", t -> t.integer("id"));
                public static final PgTable orders = table("orders", t -> t.integer("h_id").references(hidden.column("id")));
                """);
        Problem p = problem(() -> JavaSchemaSource.load(f));
        assertThat(p.code()).isEqualTo("dsl.invalid-schema");
        assertThat(p.message()).contains("references public.hidden.id, but table public.hidden is not part of the schema");
    }

    @Test
    void duplicateTableNamesNameBothFields() throws IOException {
        Path f = file("Twice", """
                public static final PgTable a = table("users", t -> t.integer("id"));
                public static final PgTable b = table("users", t -> t.integer("id"));
                """);
        assertThat(problem(() -> JavaSchemaSource.load(f)).message())
                .isEqualTo("table public.users is declared twice: Twice.a and Twice.b");
    }

    @Test
    void theSameObjectInTwoFieldsCountsOnce() throws IOException {
        Path f = file("Alias", """
                public static final PgTable a = table("users", t -> t.integer("id"));
                public static final PgTable b = a;
                """);
        assertThat(JavaSchemaSource.load(f).tables()).hasSize(1);
    }

    @Test
    void duplicateEnumNamesAreRefused() throws IOException {
        Path f = file("Enums", """
                public static final PgEnum a = pgEnum("mood", "happy");
                public static final PgEnum b = pgEnum("mood", "sad");
                """);
        assertThat(problem(() -> JavaSchemaSource.load(f)).message()).isEqualTo("enum public.mood is declared twice: Enums.a and Enums.b");
    }

    @Test
    void duplicateIndexNamesInOneSchemaAreRefused() throws IOException {
        Path f = file("Indexes", """
                public static final PgTable a = table("a", t -> t.index("by_id").on(t.integer("id")));
                public static final PgTable b = table("b", t -> t.index("by_id").on(t.integer("id")));
                """);
        assertThat(problem(() -> JavaSchemaSource.load(f)).message())
                .isEqualTo("index public.by_id is declared twice: on table public.a and on table public.b");
    }

    @Test
    void duplicateColumnNamesAreRefusedAtTheirLine() throws IOException {
        Path f = file("Columns", """
                public static final PgTable a = table("a", t -> {
                    t.integer("id");
                    t.text("id");
                });
                """);
        Problem p = problem(() -> JavaSchemaSource.load(f));
        assertThat(p.message()).isEqualTo("table public.a declares column \"id\" twice");
        assertThat(p.line()).isEqualTo(6);
    }

    @Test
    void aFolderMayHoldHelperClassesButNotOnlyThem() throws IOException {
        file("Names", "public static final String USERS = \"users\";");
        Problem onlyHelpers = problem(() -> JavaSchemaSource.load(dir));
        assertThat(onlyHelpers.code()).isEqualTo("dsl.no-schema-objects");
        assertThat(onlyHelpers.message()).contains("Names");

        file("Shop", "public static final PgTable users = table(Names.USERS, t -> t.serial(\"id\").primaryKey());");
        Schema s = JavaSchemaSource.load(dir);
        assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("users");
    }

    @Test
    void aClassWithNoSchemaObjectsIsAnError() throws IOException {
        Path f = file("Empty", "public static final String NAME = \"x\";");
        Problem p = problem(() -> JavaSchemaSource.load(f));
        assertThat(p.code()).isEqualTo("dsl.no-schema-objects");
        assertThat(p.message()).isEqualTo("class Empty declares no schema objects");
        assertThat(p.file()).isEqualTo(f);
    }

    @Test
    void columnsCannotChangeAfterTheirTableIsDefined() throws IOException {
        Path f = file("Late", """
                public static final PgTable a = table("a", t -> t.integer("id"));
                public static final PgTable b = table("b", t -> { a.column("id").notNull(); t.integer("x"); });
                """);
        assertThat(problem(() -> JavaSchemaSource.load(f)).message())
                .isEqualTo("id of table public.a can only be changed inside its table(...) definition");
    }

    @Test
    void aReferenceToATableDeclaredLaterSaysHowToDeferIt() throws IOException {
        Path f = file("Forward", """
                public static final PgTable a = table("a", t -> t.integer("b_id").references(Forward.b == null ? null : Forward.b.column("id")));
                public static final PgTable b = table("b", t -> t.integer("id"));
                """);
        assertThat(problem(() -> JavaSchemaSource.load(f)).message()).contains("references(() -> table.column(\"...\"))");
    }

    @Test
    void aDeferredReferenceReachesATableDeclaredLater() throws IOException {
        Path f = file("Deferred", """
                public static final PgTable a = table("a", t -> t.integer("b_id").references(() -> Deferred.b.column("id")));
                public static final PgTable b = table("b", t -> t.integer("id").primaryKey());
                """);
        assertThat(table(JavaSchemaSource.load(f), "a").foreignKeys().get(0).name()).isEqualTo("a_b_id_b_id_fk");
    }

    @Test
    void aMissingPathOrAnEmptyFolderIsAnInputError(@TempDir Path empty) {
        assertThat(problem(() -> JavaSchemaSource.load(empty.resolve("nope.java"))).code()).isEqualTo("dsl.not-found");
        assertThat(problem(() -> JavaSchemaSource.load(empty)).code()).isEqualTo("dsl.no-sources");
    }

    private static Path testClasses() throws Exception {
        return Path.of(ShopSchema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void aPackageNameTakesItsSchemaClassesAndSkipsHelpersWithoutSchemaObjects() throws Exception {
        Schema s = JavaSchemaSource.fromClasses(getClass().getClassLoader(),
                List.of("dev.strata.core.source.dsl.fixtures.*"), List.of(testClasses()));
        assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("users", "orders");
    }

    @Test
    void aPackageIsFoundInAJarToo() throws Exception {
        Path jar = dir.resolve("schema.jar");
        Path classes = testClasses();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("ShopSchema.class", "ShopNames.class")) {
                out.putNextEntry(new JarEntry("dev/strata/core/source/dsl/fixtures/" + name));
                out.write(Files.readAllBytes(classes.resolve("dev/strata/core/source/dsl/fixtures").resolve(name)));
                out.closeEntry();
            }
        }
        // the jar is where the package's class names come from; the classes load through the test's loader
        Schema s = JavaSchemaSource.fromClasses(getClass().getClassLoader(),
                List.of("dev.strata.core.source.dsl.fixtures.*"), List.of(jar));
        assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("users", "orders");
    }

    @Test
    void aPackageWithoutClassesOrWithoutSchemaObjectsIsAnInputError() throws Exception {
        Problem empty = problem(() -> JavaSchemaSource.fromClasses(getClass().getClassLoader(),
                List.of("no.such.pkg.*"), List.of(dir)));
        assertThat(empty.code()).isEqualTo("dsl.package-empty");
        assertThat(empty.message()).contains("no.such.pkg");

        Path classes = testClasses();
        Problem named = problem(() -> JavaSchemaSource.fromClasses(getClass().getClassLoader(),
                List.of("dev.strata.core.source.dsl.fixtures.ShopNames"), List.of(classes)));
        assertThat(named.code()).as("a class named on its own must declare objects").isEqualTo("dsl.no-schema-objects");
    }

    @Test
    void anUnknownClassNameIsAnInputError() {
        assertThat(problem(() -> JavaSchemaSource.fromClasses(getClass().getClassLoader(), List.of("no.such.Schema"))).code())
                .isEqualTo("dsl.class-not-found");
    }
}
