package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.MigrationState;
import dev.strata.core.apply.MigrationStatus;
import dev.strata.core.check.CheckReport;
import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.Severity;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;
import dev.strata.testing.JournalFiles;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A history like the guide's real one: two branches merged with the same number, a numbered file the
 * journal does not list, manual files, CONCURRENTLY, PL/pgSQL with semicolons, and a database built by
 * hand that drifted. check finds exactly these problems; rebase makes the folder clean; baseline and
 * migrate bring the hand-built database under management.
 */
@ExtendWith(PostgresExtension.class)
class MessyHistoryIT {
    private static final String INIT = "CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);";
    private static final String BILLING = """
            CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id), number text);
            --> statement-breakpoint
            CREATE FUNCTION invoice_number() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.number := 'INV-' || NEW.id; -- a semicolon; and another;
              RETURN NEW;
            END;
            $$;
            --> statement-breakpoint
            CREATE TRIGGER invoices_number BEFORE INSERT ON invoices FOR EACH ROW EXECUTE FUNCTION invoice_number();""";
    private static final String AUDIT = "CREATE TABLE audit_log (id bigint PRIMARY KEY, at timestamptz DEFAULT now());";
    private static final String INDEX = "CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_email_idx ON accounts (email);";

    private static void write(Path dir, String name, String sql) throws Exception {
        Files.writeString(dir.resolve(name), sql);
    }

    private static Path messyFolder(Path dir) throws Exception {
        write(dir, "0000_init.sql", INIT);
        write(dir, "0001_billing.sql", BILLING);
        write(dir, "0001_audit.sql", AUDIT);
        write(dir, "0002_accounts_email_idx.sql", INDEX);
        write(dir, "0003_hotfix_by_hand.sql", "UPDATE accounts SET email = lower(email) WHERE email <> lower(email);");
        write(dir, "backfill_emails.sql", "UPDATE accounts SET email = 'unknown@example.com' WHERE email = '';");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1000, "0000_init"), JournalFiles.entry(1, 2000, "0001_billing"),
                JournalFiles.entry(1, 2500, "0001_audit"), JournalFiles.entry(2, 3000, "0002_accounts_email_idx")));
        Snapshot s0 = Snapshot.empty().withIds("00000000-0000-4000-8000-000000000001", Snapshot.ORIGIN_ID);
        Snapshot s1 = Snapshot.empty().withIds("00000000-0000-4000-8000-000000000002", s0.id());
        Snapshot s2 = Snapshot.empty().withIds("00000000-0000-4000-8000-000000000003", s1.id());
        Files.writeString(dir.resolve("meta/0000_snapshot.json"), SnapshotJson.write(s0));
        Files.writeString(dir.resolve("meta/0001_snapshot.json"), SnapshotJson.write(s1));
        Files.writeString(dir.resolve("meta/0002_snapshot.json"), SnapshotJson.write(s2));
        return dir;
    }

    private static List<String> problems(CheckReport report) {
        return report.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
                .map(d -> d.rule() + " " + (d.file() == null ? "" : d.file().getFileName())).sorted().toList();
    }

    @Test
    void checkFindsEveryProblemAndNothingElseThenRebaseCleansTheFolder(TestDatabase db, @TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        messyFolder(dir);
        // A URL, so the rebase's shadow database (snapshot regeneration) is made on the test server, not an embedded one.
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));
        CheckReport before = strata.check(new CheckOptions(true, false, false));
        assertThat(problems(before)).containsExactly(
                "folder.unjournaled 0003_hotfix_by_hand.sql",
                "journal.duplicate-idx _journal.json",
                "numbering.duplicate 0001_billing.sql",
                "numbering.gap _journal.json");
        assertThat(before.diagnostics()).filteredOn(d -> d.rule().equals("manual.listed")).extracting(d -> d.file().getFileName().toString())
                .as("the numbered one is reported as folder.unjournaled instead").containsExactly("backfill_emails.sql");

        RebaseResult rebase = strata.rebase(false);
        assertThat(rebase.actions()).contains("rename 0001_audit.sql -> 0002_audit.sql",
                "rename 0002_accounts_email_idx.sql -> 0004_accounts_email_idx.sql");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted()).containsExactly(
                    "0000_init.sql", "0001_billing.sql", "0002_audit.sql", "0003_hotfix_by_hand.sql",
                    "0004_accounts_email_idx.sql", "backfill_emails.sql");
        }
        assertThat(problems(strata.check(new CheckOptions(true, false, false))))
                .as("the numbered manual file keeps its number; no journal migration takes it")
                .containsExactly("folder.unjournaled 0003_hotfix_by_hand.sql");
    }

    @Test
    void baselineThenMigrateBringsAHandBuiltDatabaseUnderManagement(TestDatabase db, @TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        messyFolder(dir);
        Strata strata = new Strata(StrataConfig.of(db.url(), dir));
        strata.rebase(false);
        // Built by hand: the journal's migrations run with psql, plus a column nobody wrote down.
        db.execute(INIT + "\n" + BILLING.replace("--> statement-breakpoint", "") + "\n" + AUDIT);
        db.execute(INDEX);
        db.execute("ALTER TABLE accounts ADD COLUMN nickname text");

        assertThatThrownBy(() -> strata.baseline("0004_accounts_email_idx", false))
                .isInstanceOf(StrataException.Conflict.class)
                .satisfies(e -> assertThat(((StrataException) e).problem().detail())
                        .isEqualTo("column public.accounts.nickname: only in the database"));

        db.execute("ALTER TABLE accounts DROP COLUMN nickname");
        assertThat(strata.baseline("0004_accounts_email_idx", false).recorded())
                .containsExactly("0000_init", "0001_billing", "0002_audit", "0004_accounts_email_idx");
        assertThat(strata.migrate(MigrateOptions.defaults(), e -> { }).applied()).extracting(a -> a.name())
                .containsExactly("0003_hotfix_by_hand", "backfill_emails");
        assertThat(strata.status().migrations()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
        assertThat(problems(strata.check(new CheckOptions(false, true, false)))).containsExactly(
                "folder.unjournaled 0003_hotfix_by_hand.sql");
        assertThat(strata.check(new CheckOptions(false, true, false)).diagnostics()).extracting(Diagnostic::rule).contains("drift.none");
    }
}
