package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.folder.Hashes;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.script.SqlSplitter;
import dev.strata.core.script.Statement;
import dev.strata.core.script.UnterminatedSqlException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns "where every migration stands" into what this run applies. Everything that would stop the
 * run (edited or missing migrations, an unknown {@code --to}, a file that does not split, an empty
 * file, an unsafe resume) is found here, before the first statement runs.
 */
final class ApplyPlanner {
    private ApplyPlanner() {
    }

    static ApplyPlan plan(MigrationFolder folder, StatusReport report, TrackingState state, MigrateOptions options) {
        List<ApplyEvent.Warning> warnings = new ArrayList<>();
        refuseEdited(report, options, warnings);
        refuseMissing(report, options, warnings);
        int last = targetIndex(folder, options.to());
        Map<String, HistoryRow> latest = new LinkedHashMap<>();
        state.history().forEach(h -> latest.put(h.name(), h));

        List<PlannedMigration> planned = new ArrayList<>();
        List<MigrationStatus> rows = report.migrations();
        for (int i = 0; i <= last && i < rows.size(); i++) {
            MigrationStatus row = rows.get(i);
            if (row.state() != MigrationState.PENDING && row.state() != MigrationState.FAILED) {
                continue;
            }
            Migration m = folder.migrations().get(i);
            if (row.note() != null && row.note().startsWith("out of order")) {
                warnings.add(new ApplyEvent.Warning("migrate.out-of-order", m.name()
                        + " runs after migrations that come later in the folder (merged from another branch?)"));
            }
            planned.add(planOne(m, latest.get(m.name()), options.singleTransaction(), warnings));
        }
        int applied = (int) report.count(MigrationState.APPLIED) + (int) report.count(MigrationState.EDITED);
        return new ApplyPlan(planned, applied, warnings);
    }

    private static PlannedMigration planOne(Migration m, HistoryRow last, boolean batch, List<ApplyEvent.Warning> warnings) {
        List<Statement> statements = statementsOf(m);
        TransactionRules.PlannedMode mode = TransactionRules.modeOf(statements);
        int resumeFrom = resumePoint(m, statements, last);
        warnIfInterrupted(m, statements, last, warnings);
        if (mode.mode() == TransactionMode.NONE) {
            warnings.add(new ApplyEvent.Warning("migrate.no-transaction", m.name() + " runs outside a transaction: " + mode.reason()));
            return new PlannedMigration(m, statements, TransactionMode.NONE, mode.reason(), resumeFrom);
        }
        return new PlannedMigration(m, statements, batch ? TransactionMode.BATCH : TransactionMode.TRANSACTION, null, 0);
    }

    /** Splits a migration, mapping a splitter failure or an empty file to an input error. */
    static List<Statement> statementsOf(Migration m) {
        List<Statement> statements;
        try {
            statements = SqlSplitter.split(m.text());
        } catch (UnterminatedSqlException e) {
            throw new StrataException.Input(Problem.inFile("sql.unterminated", m.file(), e.line(), e.getMessage(),
                    "close it; nothing was applied"), e);
        }
        if (statements.isEmpty()) {
            throw new StrataException.Input(Problem.inFile("migration.empty", m.file(), 0, "holds no SQL statement",
                    "write the migration's SQL, or delete the file"
                            + (m.kind() == Migration.Kind.JOURNAL ? " and its entry in meta/_journal.json" : "")
                            + "; if it must stay empty on purpose, write SELECT 1;"));
        }
        return statements;
    }

    /** Statements committed by an interrupted non-transactional attempt, checked unchanged since. */
    private static int resumePoint(Migration m, List<Statement> statements, HistoryRow last) {
        if (last == null || last.applied() || !TransactionMode.NONE.label().equals(last.mode()) || last.statementsDone() == 0) {
            return 0;
        }
        int done = last.statementsDone();
        if (done > statements.size() || !doneChecksum(statements, done).equals(last.doneChecksum())) {
            throw new StrataException.Conflict(new Problem("migration.partial-edited", m.file(), 0, null, null,
                    "ran outside a transaction and stopped after " + done + " of " + last.statementsTotal()
                            + " statements, and those statements changed since",
                    "committed then: statements 1-" + done + "\nthe file's first " + done + " statements differ now",
                    "restore the first " + done + " statements as they were (Strata then resumes at statement " + (done + 1)
                            + "), or undo them in the database by hand and delete the failed row from the history table",
                    "nothing was applied"));
        }
        return done;
    }

    /**
     * A process that died while a statement ran outside a transaction leaves that statement's fate
     * unknown: the server may have finished and committed it after the client was gone.
     */
    private static void warnIfInterrupted(Migration m, List<Statement> statements, HistoryRow last,
                                          List<ApplyEvent.Warning> warnings) {
        if (last == null || !"running".equals(last.status()) || !TransactionMode.NONE.label().equals(last.mode())
                || last.statementsDone() >= statements.size()) {
            return;
        }
        Statement inFlight = statements.get(last.statementsDone());
        warnings.add(new ApplyEvent.Warning("migrate.interrupted", m.name() + " was interrupted while statement "
                + inFlight.index() + " (line " + inFlight.line() + ") ran outside a transaction; the server may have "
                + "completed it. If it now fails with \"already exists\", it had: make it idempotent (IF NOT EXISTS) "
                + "and run again. An interrupted CREATE INDEX CONCURRENTLY can leave an INVALID index: drop it first."));
    }

    static String doneChecksum(List<Statement> statements, int done) {
        return Hashes.sha256(statements.subList(0, done).stream().map(Statement::sql).collect(Collectors.joining("\u0000")));
    }

    private static void refuseEdited(StatusReport report, MigrateOptions options, List<ApplyEvent.Warning> warnings) {
        List<MigrationStatus> edited = report.in(MigrationState.EDITED);
        if (edited.isEmpty()) {
            return;
        }
        String list = edited.stream().map(e -> e.name() + " (" + e.note() + ")").collect(Collectors.joining("\n"));
        if (options.allowEdited()) {
            edited.forEach(e -> warnings.add(new ApplyEvent.Warning("migrate.edited", e.name() + " was edited after it was applied; going on (--allow-edited)")));
            return;
        }
        throw new StrataException.Conflict(new Problem("migrate.edited", edited.get(0).file(), 0, null, null,
                edited.size() + " applied migration(s) changed since they were applied", list,
                "restore the applied version from version control; or, if the edit is intended and the database "
                        + "already matches it, run again with --allow-edited",
                "nothing was applied"));
    }

    private static void refuseMissing(StatusReport report, MigrateOptions options, List<ApplyEvent.Warning> warnings) {
        List<MigrationStatus> missing = report.in(MigrationState.MISSING);
        if (missing.isEmpty()) {
            return;
        }
        if (options.allowMissing()) {
            missing.forEach(e -> warnings.add(new ApplyEvent.Warning("migrate.missing", e.name() + " is in the database but not in the folder")));
            return;
        }
        throw new StrataException.Conflict(new Problem("migrate.missing", null, 0, null, null,
                missing.size() + " migration(s) recorded in the database are not in the folder",
                missing.stream().map(MigrationStatus::name).collect(Collectors.joining("\n")),
                "check that --dir points at this database's folder and restore the missing files; "
                        + "if they were removed on purpose, run again with --allow-missing",
                "nothing was applied"));
    }

    private static int targetIndex(MigrationFolder folder, String to) {
        if (to == null) {
            return Integer.MAX_VALUE;
        }
        List<Migration> all = folder.migrations();
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i).name();
            if (name.equals(to) || (name + ".sql").equals(to)) {
                return i;
            }
        }
        throw new StrataException.Input(Problem.of("migrate.unknown-target", "--to " + to + ": no such migration in " + folder.dir(),
                "give a journal tag or a manual file name as `strata status` lists them"));
    }
}
