package dev.strata.core.check;

import dev.strata.core.apply.MigrationStatus;
import dev.strata.core.apply.StatusReport;

import java.util.ArrayList;
import java.util.List;

/** Rules over where each migration stands in the database ({@code strata status}). */
public final class DatabaseRules {
    private DatabaseRules() {
    }

    public static List<Diagnostic> check(StatusReport report) {
        List<Diagnostic> out = new ArrayList<>();
        for (MigrationStatus m : report.migrations()) {
            switch (m.state()) {
                case EDITED -> out.add(Diagnostic.error("applied.edited", m.file(), m.name() + " changed since it was applied ("
                        + m.note() + ")", "restore the applied version; if the edit is intended and the database matches it, "
                        + "migrate with --allow-edited"));
                case MISSING -> out.add(Diagnostic.error("applied.missing-file", null, m.name() + " is recorded in the database "
                        + "but has no file in the folder" + (m.note() == null ? "" : " (" + m.note() + ")"),
                        "restore the file, or check that --dir and --url belong together"));
                case FAILED -> out.add(Diagnostic.error("migration.failed", m.file(), m.name() + ": " + m.note(),
                        "fix the migration and run strata migrate"));
                case PENDING -> {
                    if (m.note() != null) {
                        out.add(Diagnostic.warning("migration.out-of-order", m.file(), m.name() + " is pending but a later "
                                + "migration is applied", "strata migrate applies it; drizzle-orm's migrator would skip it"));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }
}
