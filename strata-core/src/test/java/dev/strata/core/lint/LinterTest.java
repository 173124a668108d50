package dev.strata.core.lint;

import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.Severity;
import dev.strata.core.folder.Journal;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LinterTest {
    private static final Path FILE = Path.of("drizzle/0003_change.sql");
    /** Keeps lock-timeout-not-set quiet in tests about other rules. */
    private static final String TIMEOUT = "SET lock_timeout = '5s';\n";

    private static List<Diagnostic> lint(String sql) {
        return Linter.lint(FILE, sql);
    }

    private static List<Diagnostic> lint(String sql, String rule) {
        return lint(sql).stream().filter(d -> d.rule().equals(rule)).toList();
    }

    private static List<String> rulesOf(String sql) {
        return lint(sql).stream().map(Diagnostic::rule).toList();
    }

    @Nested
    class AddColumnNotNullWithoutDefaultRule {
        static final String RULE = "add-column-not-null-without-default";

        @Test
        void firesAndNamesTableAndColumn() {
            List<Diagnostic> d = lint(TIMEOUT + "ALTER TABLE \"users\" ADD COLUMN \"age\" integer NOT NULL;", RULE);
            assertThat(d).singleElement().satisfies(x -> {
                assertThat(x.message()).contains("users.age");
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.file()).isEqualTo(FILE);
                assertThat(x.line()).isEqualTo(2);
                assertThat(x.fix()).contains("DEFAULT");
            });
        }

        @Test
        void doesNotFireWithDefaultOrNullableOrOnNewTable() {
            assertThat(lint("ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT 0;", RULE)).isEmpty();
            assertThat(lint("ALTER TABLE users ADD COLUMN age int, ADD CONSTRAINT c CHECK (age IS NOT NULL) NOT VALID;", RULE)).isEmpty();
            assertThat(lint("CREATE TABLE users (id int);\nALTER TABLE users ADD COLUMN age int NOT NULL;", RULE)).isEmpty();
        }

        @Test
        void checksEachActionOfOneAlter() {
            assertThat(lint("ALTER TABLE t ADD COLUMN a int DEFAULT 1 NOT NULL, ADD COLUMN b int NOT NULL;", RULE))
                    .singleElement().satisfies(x -> assertThat(x.message()).contains("t.b"));
        }
    }

    @Nested
    class CreateIndexNotConcurrentlyRule {
        static final String RULE = "create-index-not-concurrently";

        @Test
        void firesOnExistingTable() {
            assertThat(lint("CREATE INDEX users_email_idx ON public.users USING btree (email);", RULE))
                    .singleElement().satisfies(x -> assertThat(x.message()).contains("public.users"));
        }

        @Test
        void doesNotFireConcurrentlyOrOnTableCreatedInTheSameFile() {
            assertThat(lint("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON users (email);", RULE)).isEmpty();
            assertThat(lint("CREATE TABLE \"users\" (id int, email text);\n--> statement-breakpoint\n"
                    + "CREATE INDEX i ON \"public\".\"users\" (email);", RULE)).isEmpty();
        }
    }

    @Nested
    class AddConstraintWithoutNotValidRule {
        static final String RULE = "add-constraint-without-not-valid";

        @Test
        void firesOnForeignKeyAndCheck() {
            List<Diagnostic> d = lint("ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users(id);\n"
                    + "ALTER TABLE posts ADD CHECK (length(title) > 0);", RULE);
            assertThat(d).hasSize(2);
            assertThat(d.get(0).message()).contains("posts_author_fk").contains("posts");
            assertThat(d.get(1).line()).isEqualTo(2);
        }

        @Test
        void doesNotFireWithNotValidOrOnNewTableOrForOtherConstraints() {
            assertThat(lint("ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES users(id) NOT VALID;", RULE)).isEmpty();
            assertThat(lint("CREATE TABLE posts (a int);\nALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES users(id);", RULE)).isEmpty();
            assertThat(lint("ALTER TABLE posts ADD CONSTRAINT u UNIQUE (a);", RULE)).isEmpty();
        }
    }

    @Nested
    class SetNotNullRule {
        static final String RULE = "set-not-null";

        @Test
        void firesWithAFixNamingTableAndColumn() {
            assertThat(lint("ALTER TABLE users ALTER COLUMN email SET NOT NULL;", RULE)).singleElement().satisfies(x -> {
                assertThat(x.message()).contains("users.email");
                assertThat(x.fix()).contains("CHECK (email IS NOT NULL) NOT VALID").contains("VALIDATE CONSTRAINT");
            });
        }

        @Test
        void doesNotFireAfterAValidatedCheck() {
            String sql = "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
                    + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
                    + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;";
            assertThat(lint(sql, RULE)).isEmpty();
        }

        @Test
        void stillFiresWhenTheCheckIsNotValidatedOrForAnotherColumn() {
            String sql = "ALTER TABLE users ADD CONSTRAINT nn CHECK (email IS NOT NULL) NOT VALID;\n"
                    + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
                    + "ALTER TABLE users VALIDATE CONSTRAINT nn;\n"
                    + "ALTER TABLE users ALTER name SET NOT NULL;";
            assertThat(lint(sql, RULE)).extracting(Diagnostic::line).containsExactly(2, 4);
        }
    }

    @Nested
    class ColumnTypeChangeRule {
        static final String RULE = "column-type-change";

        @Test
        void firesOnTypeAndSetDataType() {
            assertThat(lint("ALTER TABLE t ALTER COLUMN a TYPE bigint;\nALTER TABLE t ALTER COLUMN \"b\" SET DATA TYPE text USING b::text;", RULE))
                    .extracting(Diagnostic::message).satisfiesExactly(m -> assertThat(m).contains("t.a"), m -> assertThat(m).contains("t.b"));
        }

        @Test
        void doesNotFireOnOtherColumnChanges() {
            assertThat(lint("ALTER TABLE t ALTER COLUMN a SET DEFAULT 1, ALTER COLUMN type DROP NOT NULL;", RULE)).isEmpty();
        }
    }

    @Nested
    class DropRules {
        @Test
        void dropColumnFiresButNotForDropConstraintOrDropDefault() {
            assertThat(lint("ALTER TABLE t DROP COLUMN IF EXISTS legacy;", "drop-column"))
                    .singleElement().satisfies(x -> assertThat(x.message()).contains("t.legacy"));
            assertThat(lint("ALTER TABLE t DROP CONSTRAINT c, ALTER COLUMN a DROP DEFAULT;", "drop-column")).isEmpty();
        }

        @Test
        void dropTableFiresForEachExistingTable() {
            assertThat(lint("CREATE TABLE tmp (id int);\nDROP TABLE IF EXISTS tmp, old_orders CASCADE;", "drop-table"))
                    .singleElement().satisfies(x -> {
                        assertThat(x.message()).contains("old_orders");
                        assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    });
            assertThat(lint("DROP INDEX i;", "drop-table")).isEmpty();
        }
    }

    @Nested
    class EnumValueRemovalRule {
        static final String RULE = "enum-value-removal";

        @Test
        void firesOnDrizzlesDropAndRecreate() {
            String sql = "ALTER TABLE \"orders\" ALTER COLUMN \"status\" SET DATA TYPE text;--> statement-breakpoint\n"
                    + "DROP TYPE \"public\".\"status\";--> statement-breakpoint\n"
                    + "CREATE TYPE \"public\".\"status\" AS ENUM('open', 'closed');--> statement-breakpoint\n"
                    + "ALTER TABLE \"orders\" ALTER COLUMN \"status\" SET DATA TYPE \"public\".\"status\" USING \"status\"::\"public\".\"status\";";
            assertThat(lint(sql, RULE)).singleElement().satisfies(x -> {
                assertThat(x.line()).isEqualTo(2);
                assertThat(x.message()).contains("public.status");
            });
        }

        @Test
        void doesNotFireOnAPlainDropType() {
            assertThat(lint("DROP TYPE status;\nCREATE TYPE other AS ENUM ('a');", RULE)).isEmpty();
        }
    }

    @Nested
    class RenameRule {
        static final String RULE = "rename";

        @Test
        void firesOnTableAndColumnRename() {
            assertThat(lint("ALTER TABLE users RENAME TO accounts;\nALTER TABLE accounts RENAME COLUMN mail TO email;", RULE))
                    .extracting(Diagnostic::message)
                    .satisfiesExactly(m -> assertThat(m).contains("table users"), m -> assertThat(m).contains("accounts.mail"));
        }

        @Test
        void doesNotFireOnConstraintRenameOrNewTable() {
            assertThat(lint("ALTER TABLE users RENAME CONSTRAINT a TO b;", RULE)).isEmpty();
            assertThat(lint("CREATE TABLE t (a int);\nALTER TABLE t RENAME a TO b;", RULE)).isEmpty();
        }
    }

    @Nested
    class DdlWithDataChangesRule {
        static final String RULE = "ddl-with-data-changes";

        @Test
        void firesOnceAtTheFirstDataChange() {
            assertThat(lint("ALTER TABLE t ADD COLUMN a int;\nUPDATE t SET a = 1 WHERE a IS NULL;\nDELETE FROM t WHERE a = 2;", RULE))
                    .singleElement().satisfies(x -> {
                        assertThat(x.line()).isEqualTo(2);
                        assertThat(x.message()).contains("UPDATE at line 2").contains("ALTER at line 1");
                    });
        }

        @Test
        void doesNotFireForOnlyDdlOrOnlyData() {
            assertThat(lint("CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);", RULE)).isEmpty();
            assertThat(lint("INSERT INTO t VALUES (1);\nUPDATE t SET a = 2 WHERE a = 1;", RULE)).isEmpty();
        }
    }

    @Nested
    class UpdateDeleteWithoutWhereRule {
        static final String RULE = "update-delete-without-where";

        @Test
        void firesOnUpdateAndDeleteWithoutWhere() {
            assertThat(lint("UPDATE users SET active = (SELECT true FROM flags WHERE id = 1);\nDELETE FROM ONLY sessions;", RULE))
                    .extracting(Diagnostic::message)
                    .satisfiesExactly(m -> assertThat(m).contains("users"), m -> assertThat(m).contains("sessions"));
        }

        @Test
        void doesNotFireWithWhere() {
            assertThat(lint("UPDATE users SET active = true WHERE id = 1;\nDELETE FROM sessions WHERE expired;", RULE)).isEmpty();
        }
    }

    @Nested
    class AddEnumValueInTransactionRule {
        static final String RULE = "add-enum-value-in-transaction";

        @Test
        void firesWhereTheNewValueIsUsed() {
            String sql = "ALTER TYPE status ADD VALUE IF NOT EXISTS 'archived' AFTER 'closed';\n"
                    + "UPDATE orders SET status = 'archived' WHERE closed_at < now() - interval '1 year';";
            assertThat(lint(sql, RULE)).singleElement().satisfies(x -> {
                assertThat(x.line()).isEqualTo(2);
                assertThat(x.message()).contains("'archived'").contains("line 1");
            });
        }

        @Test
        void doesNotFireWhenTheValueIsNotUsed() {
            String sql = "ALTER TYPE status ADD VALUE 'archived';\nALTER TYPE status ADD VALUE 'deleted' AFTER 'archived';\n"
                    + "UPDATE orders SET status = 'closed' WHERE id = 1;\n-- 'archived' in a comment\n";
            assertThat(lint(sql, RULE)).isEmpty();
        }
    }

    @Nested
    class MissingIfExistsRule {
        static final String RULE = "missing-if-exists";

        @Test
        void firesAsInfoForCreatesAndDrops() {
            List<Diagnostic> d = lint("CREATE SCHEMA app;\nCREATE TABLE app.t (a int);\nCREATE INDEX i ON app.t (a);\n"
                    + "DROP MATERIALIZED VIEW v;", RULE);
            assertThat(d).extracting(Diagnostic::line).containsExactly(1, 2, 3, 4);
            assertThat(d).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        }

        @Test
        void doesNotFireWithIfExists() {
            assertThat(lint("CREATE SCHEMA IF NOT EXISTS app;\nCREATE TABLE IF NOT EXISTS t (a int);\n"
                    + "CREATE INDEX IF NOT EXISTS i ON t (a);\nDROP MATERIALIZED VIEW IF EXISTS v;\nDROP INDEX CONCURRENTLY IF EXISTS j;", RULE)).isEmpty();
        }
    }

    @Nested
    class LockTimeoutNotSetRule {
        static final String RULE = "lock-timeout-not-set";

        @Test
        void firesOnceAtTheFirstLockHeavyStatement() {
            assertThat(lint("CREATE TABLE n (a int);\nCREATE INDEX ni ON n (a);\nALTER TABLE old ADD COLUMN b int;\nDROP TABLE older;", RULE))
                    .singleElement().satisfies(x -> assertThat(x.line()).isEqualTo(3));
        }

        @Test
        void doesNotFireAfterSetLockTimeoutOrForLightStatements() {
            assertThat(lint("SET LOCAL lock_timeout = '3s';\nALTER TABLE old ADD COLUMN b int;", RULE)).isEmpty();
            assertThat(lint("CREATE TABLE n (a int);\nALTER TABLE n ADD COLUMN b int;\nCREATE INDEX CONCURRENTLY i ON old (a);", RULE)).isEmpty();
        }
    }

    @Nested
    class Suppressions {
        @Test
        void aReasonedIgnoreOnTheLineBeforeSuppressesThatStatementOnly() {
            String sql = TIMEOUT + "-- strata:ignore drop-column the column was unused since v2\n"
                    + "ALTER TABLE t DROP COLUMN a;\nALTER TABLE t DROP COLUMN b;";
            assertThat(lint(sql)).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("drop-column");
                assertThat(x.line()).isEqualTo(4);
            });
        }

        @Test
        void anIgnoreInsideTheStatementOrAfterItOnItsLastLineWorks() {
            assertThat(lint(TIMEOUT + "ALTER TABLE t -- strata:ignore drop-column unused\n  DROP COLUMN a;")).isEmpty();
            assertThat(lint(TIMEOUT + "ALTER TABLE t DROP COLUMN a; -- strata:ignore drop-column unused")).isEmpty();
        }

        @Test
        void anIgnoreAtTheTopCoversTheWholeFile() {
            String sql = "-- strata:ignore lock-timeout-not-set,drop-table runs in the maintenance window\n\n"
                    + "DROP TABLE IF EXISTS a;\nDROP TABLE IF EXISTS b;";
            assertThat(lint(sql)).isEmpty();
        }

        @Test
        void anIgnoreWithoutReasonStillSuppressesButWarns() {
            List<Diagnostic> d = lint(TIMEOUT + "-- strata:ignore drop-column\nALTER TABLE t DROP COLUMN a;");
            assertThat(d).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("ignore-without-reason");
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.line()).isEqualTo(2);
            });
        }

        @Test
        void anIgnoreWithoutReasonNamesItsRulesInTheOrderWritten() {
            List<Diagnostic> d = lint(TIMEOUT + "-- strata:ignore zz-one,drop-column,aa-two,mm-three,drop-table\n"
                    + "ALTER TABLE t DROP COLUMN a;");
            assertThat(d).filteredOn(x -> x.rule().equals("ignore-without-reason")).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("zz-one,drop-column,aa-two,mm-three,drop-table"));
            assertThat(d).filteredOn(x -> x.rule().equals("ignore-unknown-rule")).extracting(Diagnostic::message)
                    .satisfiesExactly(m -> assertThat(m).contains("zz-one"), m -> assertThat(m).contains("aa-two"),
                            m -> assertThat(m).contains("mm-three"));
        }

        @Test
        void anIgnoreNamingNoRuleWarns() {
            assertThat(rulesOf(TIMEOUT + "-- strata:ignore drop-colum typo\nALTER TABLE t DROP COLUMN a;"))
                    .containsExactlyInAnyOrder("ignore-unknown-rule", "drop-column");
        }

        @Test
        void anIgnoreInAStringIsNotAnIgnore() {
            assertThat(rulesOf(TIMEOUT + "INSERT INTO notes VALUES ('-- strata:ignore drop-column x');\nALTER TABLE t DROP COLUMN a;"))
                    .contains("drop-column");
        }
    }

    @Test
    void linesAreTheStatementsFirstLine() {
        String sql = "SET lock_timeout = '1s';\n\n-- a comment\nALTER TABLE a ADD COLUMN x int NOT NULL DEFAULT 0;\n"
                + "--> statement-breakpoint\n/* block\n comment */\nALTER TABLE\n  orders\n  DROP COLUMN note;";
        assertThat(lint(sql)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("drop-column");
            assertThat(x.line()).isEqualTo(8);
        });
    }

    @Test
    void keywordsInStringsCommentsAndBodiesDoNotFire() {
        String sql = "INSERT INTO audit (sql) VALUES ('DROP TABLE x; UPDATE y SET a = 1');\n"
                + "-- DROP TABLE users;\n/* ALTER TABLE t DROP COLUMN a; */\n"
                + "DO $$ BEGIN DELETE FROM t; ALTER TABLE t RENAME TO u; END $$;\n"
                + "SELECT $fn$ UPDATE t SET a = 1 $fn$;\n"
                + "SELECT \"DROP\" FROM t;";
        assertThat(rulesOf(sql)).isEmpty();
    }

    @Test
    void aFolderIsLintedFileByFileInApplyOrder() {
        Path dir = Path.of("drizzle");
        Migration first = new Migration("a", Migration.Kind.MANUAL, dir.resolve("a.sql"), TIMEOUT + "DROP TABLE IF EXISTS x;", null);
        Migration second = new Migration("b", Migration.Kind.MANUAL, dir.resolve("b.sql"), TIMEOUT + "DELETE FROM y;", null);
        List<Diagnostic> d = Linter.lint(new MigrationFolder(dir, Journal.empty(), List.of(first, second), List.of()));
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line).containsExactly(
                tuple("drop-table", dir.resolve("a.sql"), 2),
                tuple("update-delete-without-where", dir.resolve("b.sql"), 2));
    }

    @Test
    void aFileThatCannotBeSplitGivesOneWarning() {
        assertThat(lint("SELECT 'open;")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("unterminated-sql");
            assertThat(x.line()).isEqualTo(1);
        });
    }

    @Test
    void rulesListEveryRuleOnceWithExplanationAndFix() {
        List<LintRule> rules = Linter.rules();
        assertThat(rules).extracting(LintRule::id).doesNotHaveDuplicates().containsExactly(
                "add-column-not-null-without-default", "create-index-not-concurrently", "add-constraint-without-not-valid",
                "set-not-null", "column-type-change", "drop-column", "drop-table", "enum-value-removal", "rename",
                "ddl-with-data-changes", "update-delete-without-where", "add-enum-value-in-transaction",
                "missing-if-exists", "lock-timeout-not-set");
        assertThat(rules).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(rules).filteredOn(r -> r.severity() == Severity.INFO).extracting(LintRule::id).containsExactly("missing-if-exists");
    }

    @Test
    void aCleanMigrationHasNoDiagnostics() {
        String sql = "SET lock_timeout = '5s';\n"
                + "CREATE TABLE IF NOT EXISTS \"users\" (\"id\" serial PRIMARY KEY, \"email\" text NOT NULL);\n"
                + "--> statement-breakpoint\nCREATE INDEX IF NOT EXISTS \"users_email_idx\" ON \"users\" (\"email\");\n"
                + "ALTER TABLE \"users\" ADD CONSTRAINT \"users_email_check\" CHECK (email <> '');";
        assertThat(lint(sql)).isEmpty();
    }
}
