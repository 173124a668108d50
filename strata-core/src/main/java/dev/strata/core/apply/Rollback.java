package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.script.SqlSplitter;
import dev.strata.core.script.Statement;
import dev.strata.core.script.UnterminatedSqlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code strata rollback}: runs down files ({@code <name>.down.sql}, beside the migration; drizzle
 * tools ignore them) newest first, each in its own transaction together with the removal of the
 * migration's tracking rows, so drizzle-orm's migrator sees it as not applied and would apply it
 * again; in several transactions only where PostgreSQL demands it ({@link DownTransactions}). Every down file is
 * found and read before anything runs.
 */
final class Rollback {
    static final String IRREVERSIBLE = "-- strata:irreversible";

    /**
     * One migration to undo.
     *
     * @param migration    the migration
     * @param downFile     its down file
     * @param statements   the down file's statements
     * @param transactions the same statements cut into the transactions they run in
     */
    record Step(Migration migration, Path downFile, List<Statement> statements, DownTransactions transactions) {
    }

    private Rollback() {
    }

    static List<Step> plan(MigrationFolder folder, StatusReport status, RollbackOptions options) {
        refuseAfterAFailure(status);
        List<Migration> applied = new ArrayList<>();
        status.appliedNames().forEach(name -> folder.find(name).ifPresent(applied::add));
        List<Migration> undo = new ArrayList<>(undone(applied, options));
        java.util.Collections.reverse(undo);
        List<Step> steps = new ArrayList<>();
        List<String> irreversible = new ArrayList<>();
        for (Migration m : undo) {
            Path down = m.downFile();
            String text = read(down, m);
            if (text.contains(IRREVERSIBLE) && !options.force()) {
                irreversible.add(m.name());
            }
            List<Statement> statements;
            try {
                statements = SqlSplitter.split(text);
            } catch (UnterminatedSqlException e) {
                throw new StrataException.Input(new Problem("rollback.unterminated", down, e.line(), null, null,
                        "the down file of " + m.name() + " ends inside a string, comment or $$ body", null,
                        "close it; nothing was rolled back", null));
            }
            steps.add(new Step(m, down, statements, DownTransactions.of(down, statements)));
        }
        if (!irreversible.isEmpty()) {
            throw new StrataException.Input(Problem.of("rollback.irreversible",
                    "marked irreversible (" + IRREVERSIBLE + "): " + String.join(", ", irreversible),
                    "restore from a backup instead, or read the down file and pass --force to run what it can undo"));
        }
        return steps;
    }

    /**
     * After a failed attempt a user means to undo that attempt, but rollback undoes applied migrations: it would take
     * away the one before, and on a schema a non-transactional failure left half changed.
     */
    private static void refuseAfterAFailure(StatusReport status) {
        List<MigrationStatus> failed = status.in(MigrationState.FAILED);
        if (!failed.isEmpty()) {
            MigrationStatus f = failed.get(0);
            throw new StrataException.Input(Problem.of("rollback.after-failure", "the last attempt of " + f.name() + " " + f.note()
                    + "; rollback undoes applied migrations only, so it would undo the one before it, not this attempt", "finish it first: fix it and run strata migrate, or undo what it committed by "
                    + "hand and clear the attempt with strata repair; then roll back. Nothing was rolled back"));
        }
    }

    private static List<Migration> undone(List<Migration> applied, RollbackOptions options) {
        if (options.to() != null) {
            int at = -1;
            for (int i = 0; i < applied.size(); i++) {
                if (applied.get(i).name().equals(options.to())) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new StrataException.Input(Problem.of("rollback.unknown-target", options.to() + " is not an applied migration",
                        "give an applied migration (strata status lists them); everything after it is rolled back"));
            }
            return applied.subList(at + 1, applied.size());
        }
        if (options.steps() > applied.size()) {
            throw new StrataException.Input(Problem.of("rollback.too-many-steps", "only " + applied.size()
                    + " migration(s) are applied; cannot roll back " + options.steps(), "give --steps " + applied.size() + " or fewer"));
        }
        return applied.subList(applied.size() - options.steps(), applied.size());
    }

    private static String read(Path down, Migration m) {
        try {
            return Files.readString(down, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException.Input(new Problem("rollback.no-down-file", down, 0, null, null,
                    m.name() + " has no down file (" + down.getFileName() + ")", null,
                    "write " + down.getFileName() + " with the SQL that undoes it; nothing was rolled back", null));
        }
    }

    /**
     * Runs one step: its statements and the removal of its tracking rows, in one transaction; in several when the
     * down file needs them ({@link DownTransactions}), the tracking rows removed with the last.
     */
    static void run(Connection c, TrackingTable table, TrackingState state, Step step) throws SQLException {
        List<Statement> committed = new ArrayList<>();
        List<DownTransactions.Batch> batches = step.transactions().batches();
        try (java.sql.Statement s = c.createStatement()) {
            for (int i = 0; i < batches.size(); i++) {
                DownTransactions.Batch batch = batches.get(i);
                c.setAutoCommit(batch.outsideTransaction());
                for (Statement statement : batch.statements()) {
                    try {
                        s.execute(statement.sql());
                    } catch (SQLException e) {
                        if (!batch.outsideTransaction()) {
                            c.rollback();
                        }
                        throw failure(step, statement, batch, committed, e);
                    }
                }
                if (batch.outsideTransaction()) {
                    c.setAutoCommit(false);
                }
                if (i == batches.size() - 1) {
                    forget(c, table, state, step.migration());
                }
                c.commit();
                committed.addAll(batch.statements());
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static StrataException failure(Step step, Statement failed, DownTransactions.Batch batch, List<Statement> committed,
                                           SQLException e) {
        String name = step.migration().name();
        if (committed.isEmpty()) {
            return new StrataException.Database(new Problem("rollback.failed", step.downFile(), failed.line(), failed.sql(),
                    e.getSQLState(), e.getMessage(), null, "fix the down file and run rollback again",
                    "this step was rolled back; earlier steps stay undone"), e);
        }
        String done = "statements 1-" + committed.get(committed.size() - 1).index();
        return new StrataException.Database(new Problem("rollback.failed", step.downFile(), failed.line(), failed.sql(),
                e.getSQLState(), e.getMessage(), "the down file runs in " + step.transactions().batches().size()
                + " transactions: a new one started because " + batch.reason(),
                "fix the down file and run rollback again; it runs " + done + " again, so make them safe to repeat "
                        + "(ALTER TYPE ... ADD VALUE IF NOT EXISTS) or undo them by hand first",
                done + " of the down file were committed and stay; " + name + " is still recorded as applied; earlier "
                        + "steps stay undone"), e);
    }

    private static void forget(Connection c, TrackingTable table, TrackingState state, Migration m) throws SQLException {
        if (m.kind() == Migration.Kind.JOURNAL) {
            Optional<DrizzleRow> row = state.drizzle().stream()
                    .filter(r -> r.createdAt() != null && r.createdAt() == m.entry().when())
                    .min(java.util.Comparator.comparing((DrizzleRow r) -> !r.hash().equals(m.hash())));
            if (row.isPresent()) {
                update(c, "DELETE FROM " + table.drizzle() + " WHERE id = ?", row.get().id());
            }
        }
        update(c, "DELETE FROM " + table.history() + " WHERE name = ?", m.name());
    }

    private static void update(Connection c, String sql, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            ps.executeUpdate();
        }
    }
}
