package dev.strata.core.apply;

import dev.strata.core.folder.Migration;
import dev.strata.core.script.Statement;

import java.util.List;

/**
 * A migration this run will apply.
 *
 * @param migration  the file
 * @param statements its statements
 * @param mode       how they are wrapped
 * @param reason     why the mode is not the default (the statement that needs it), or {@code null}
 * @param resumeFrom statements already committed by an earlier, interrupted non-transactional attempt
 */
public record PlannedMigration(
        Migration migration, List<Statement> statements, TransactionMode mode, String reason, int resumeFrom) {
    public PlannedMigration {
        statements = List.copyOf(statements);
    }

    public String name() {
        return migration.name();
    }
}
