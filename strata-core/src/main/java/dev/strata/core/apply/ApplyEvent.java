package dev.strata.core.apply;

import java.time.Duration;
import java.util.List;

/**
 * What happens during {@code migrate}, as a stream of values for the progress bar, {@code --json},
 * the studio and tests. Core never prints.
 */
public sealed interface ApplyEvent {

    /** Another process holds the migration lock; this one waits. */
    record LockWaiting(String holder) implements ApplyEvent {
    }

    /** The migration lock is ours. */
    record LockAcquired(Duration waited) implements ApplyEvent {
    }

    /** The tracking and history tables were created. */
    record TrackingCreated(String drizzleTable, String historyTable) implements ApplyEvent {
    }

    /** What this run will apply, in order. */
    record RunPlanned(List<String> names, int alreadyApplied) implements ApplyEvent {
        public RunPlanned {
            names = List.copyOf(names);
        }
    }

    /** A migration starts. {@code position} is 1-based within this run. */
    record MigrationStarted(String name, int position, int total, TransactionMode mode, int statements, int resumeFrom)
            implements ApplyEvent {
    }

    /** A statement finished. */
    record StatementDone(String name, int index, int statements) implements ApplyEvent {
    }

    /** A migration is applied and recorded. */
    record MigrationApplied(String name, Duration duration, TransactionMode mode) implements ApplyEvent {
    }

    /** Something the user should know that does not stop the run. */
    record Warning(String code, String message) implements ApplyEvent {
    }
}
