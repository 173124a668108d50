package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rows {@code strata baseline} writes: tracking rows for migrations whose schema the database already has. */
final class Baseline {
    private Baseline() {
    }

    /** The folder's journal migrations from the first through {@code to}, in journal order. */
    static List<Migration> journalUpTo(MigrationFolder folder, String to) {
        List<Migration> journal = folder.migrations().stream().filter(m -> m.kind() == Migration.Kind.JOURNAL).toList();
        List<Migration> out = new ArrayList<>();
        for (Migration m : journal) {
            out.add(m);
            if (m.name().equals(to)) {
                return out;
            }
        }
        throw new StrataException.Input(Problem.of("baseline.unknown-tag", "no journal migration named " + to + " in " + folder.dir(),
                "give the tag of a journal entry (strata status lists them), e.g. " + (journal.isEmpty()
                        ? "pull a baseline first with strata pull" : journal.get(0).name())));
    }

    static List<String> record(Connection c, HistoryWriter writer, List<Migration> upTo, StatusReport status) throws SQLException {
        Map<String, MigrationState> states = status.migrations().stream()
                .collect(Collectors.toMap(MigrationStatus::name, MigrationStatus::state, (x, y) -> x));
        Set<String> covered = upTo.stream().map(Migration::name).collect(Collectors.toSet());
        List<String> laterApplied = status.migrations().stream()
                .filter(s -> !covered.contains(s.name()) && s.kind() == Migration.Kind.JOURNAL && s.state() == MigrationState.APPLIED)
                .map(MigrationStatus::name).toList();
        if (!laterApplied.isEmpty()) {
            throw new StrataException.Conflict(Problem.of("baseline.later-applied",
                    "migrations after the baseline point are already applied: " + String.join(", ", laterApplied),
                    "baseline marks a database that has never been migrated; this one is under management already (strata status)"));
        }
        List<Migration> toRecord = upTo.stream().filter(m -> states.get(m.name()) != MigrationState.APPLIED).toList();
        c.setAutoCommit(false);
        try {
            for (Migration m : toRecord) {
                writer.recordApplied(new PlannedMigration(m, List.of(), TransactionMode.TRANSACTION, "baseline", 0), 0);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return toRecord.stream().map(Migration::name).toList();
    }

}
