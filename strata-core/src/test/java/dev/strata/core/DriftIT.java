package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.check.CheckReport;
import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.Severity;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.JournalFiles;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata check}'s drift rule: the applied migrations replayed in a shadow database vs the live one. */
@ExtendWith(PostgresExtension.class)
class DriftIT {

    private static Strata folder(TestDatabase db, Path dir) throws Exception {
        Files.writeString(dir.resolve("0000_users.sql"), "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);");
        Files.writeString(dir.resolve("0001_orders.sql"), "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id));");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_users"), JournalFiles.entry(1, 2000, "0001_orders")));
        return new Strata(StrataConfig.of(db.url(), dir));
    }

    private static List<String> drift(CheckReport report) {
        return report.diagnostics().stream().filter(d -> d.rule().startsWith("drift."))
                .map(d -> d.rule() + " " + d.severity() + " " + d.message()).toList();
    }

    @Test
    void aDatabaseBuiltByItsMigrationsHasNoDriftAndPendingOnesAreNotDrift(TestDatabase db, @TempDir Path dir) throws Exception {
        Strata strata = folder(db, dir);
        strata.migrate(new MigrateOptions(false, "0000_users", false, false, false, null), e -> { });
        assertThat(drift(strata.check(CheckOptions.all())))
                .containsExactly("drift.none INFO no drift: the database matches the folder replayed up to 0000_users");
    }

    @Test
    void changesMadeByHandAreListedObjectByObject(TestDatabase db, @TempDir Path dir) throws Exception {
        Strata strata = folder(db, dir);
        strata.migrate(MigrateOptions.defaults(), e -> { });
        db.execute("ALTER TABLE users ADD COLUMN nickname text; ALTER TABLE users ALTER COLUMN email DROP NOT NULL;"
                + " DROP TABLE orders; CREATE INDEX users_email_idx ON users (email)");
        CheckReport report = strata.check(CheckOptions.all());
        assertThat(drift(report)).containsExactlyInAnyOrder(
                "drift.extra ERROR column public.users.nickname: only in the database",
                "drift.changed ERROR NOT NULL of column public.users.email: the folder (up to 0001_orders) has true, the database has false",
                "drift.missing ERROR table public.orders: only in the folder (up to 0001_orders)",
                "drift.extra ERROR index public.users.users_email_idx: only in the database");
        assertThat(report.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).extracting(Diagnostic::fix)
                .allSatisfy(fix -> assertThat(fix).contains("migration"));
    }

    @Test
    void withoutAppliedMigrationsDriftIsSkippedAndSaysWhy(TestDatabase db, @TempDir Path dir) throws Exception {
        assertThat(drift(folder(db, dir).check(CheckOptions.all()))).singleElement().asString().startsWith("drift.skipped INFO");
    }
}
