package dev.strata.cli;

import dev.strata.core.Strata;
import dev.strata.core.apply.AppliedMigration;
import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.MigrateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code strata migrate}. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {
                "Apply pending migrations, journal and manual.",
                "",
                "Journal migrations (meta/_journal.json) run in journal order; manual ones",
                "(other .sql files, not *.down.sql) where the README says. Each migration",
                "runs in its own transaction with its tracking rows. Statements PostgreSQL",
                "refuses in a transaction (CREATE INDEX CONCURRENTLY, VACUUM...) make their",
                "migration run statement by statement, recorded so that an interrupted run",
                "resumes where it stopped. An advisory lock lets concurrent runs apply each",
                "migration exactly once. Edited applied migrations stop the run.",
                ""})
final class MigrateCommand extends GlobalCommand {
    @Option(names = "--dry-run", description = "Print the SQL that would run; change nothing (takes no lock).")
    boolean dryRun;

    @Option(names = "--to", paramLabel = "NAME", description = "Stop after this migration (journal tag or manual file name).")
    String to;

    @Option(names = "--single-transaction",
            description = "Run the whole batch in one transaction, like drizzle-orm (a failure undoes the whole run).")
    boolean singleTransaction;

    @Option(names = "--allow-edited", description = "Go on although applied migrations changed since they were applied.")
    boolean allowEdited;

    @Option(names = "--allow-missing", description = "Go on although the database lists migrations the folder lacks.")
    boolean allowMissing;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for another run's migration lock (default: ${DEFAULT-VALUE}).")
    long lockTimeoutSeconds;

    @Override
    public Integer call() {
        Strata strata = global.strata();
        MigrateOptions options = new MigrateOptions(dryRun, to, singleTransaction, allowEdited, allowMissing,
                Duration.ofSeconds(lockTimeoutSeconds));
        Environment env = global.env();
        MigrateResult result;
        try (ProgressView view = ProgressView.create(env, global.json, global.quiet)) {
            result = strata.migrate(options, view);
        }
        if (global.json) {
            env.out().println(Json.write(json(result)));
        } else if (dryRun) {
            env.out().print(result.dryRunSql());
            env.out().flush();
        } else if (!global.quiet || !result.applied().isEmpty()) {
            env.out().println(summary(result));
        }
        return 0;
    }

    private static String summary(MigrateResult result) {
        List<AppliedMigration> applied = result.applied();
        if (applied.isEmpty()) {
            return "Nothing to apply: " + result.alreadyApplied() + " migration(s) already applied.";
        }
        long ms = applied.stream().mapToLong(a -> a.duration().toMillis()).sum();
        return "Applied " + applied.size() + " migration(s) in " + Durations.human(ms) + "; "
                + (result.alreadyApplied() + applied.size()) + " applied in all.";
    }

    private static Map<String, Object> json(MigrateResult result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", "ok");
        doc.put("applied", result.applied().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("transactionMode", a.mode().label());
            m.put("statements", a.statements());
            m.put("durationMs", a.duration().toMillis());
            return m;
        }).toList());
        doc.put("alreadyApplied", result.alreadyApplied());
        doc.put("warnings", result.warnings().stream().map(w -> Json.object("code", w.code(), "message", w.message())).toList());
        if (result.dryRunSql() != null) {
            doc.put("dryRunSql", result.dryRunSql());
        }
        return doc;
    }
}
