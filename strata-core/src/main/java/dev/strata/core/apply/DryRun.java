package dev.strata.core.apply;

import dev.strata.core.folder.Migration;
import dev.strata.core.script.Statement;

import java.util.List;

/** The exact SQL a run would send, for {@code --dry-run}. */
final class DryRun {
    private DryRun() {
    }

    static String render(ApplyPlan plan, TrackingTable t, boolean trackingExists) {
        StringBuilder out = new StringBuilder();
        if (!trackingExists) {
            out.append("-- create the tracking tables\n");
            t.bootstrap().forEach(sql -> out.append(sql).append(";\n"));
            out.append('\n');
        }
        if (plan.isEmpty()) {
            return out.append("-- nothing to apply: every migration is applied\n").toString();
        }
        boolean inBatch = false;
        for (PlannedMigration p : plan.migrations()) {
            Migration m = p.migration();
            out.append("-- ").append(m.name()).append(" (").append(m.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(", ").append(p.mode().label()).append(") ").append(m.file()).append('\n');
            if (p.reason() != null) {
                out.append("-- runs outside a transaction: ").append(p.reason()).append('\n');
            }
            if (p.resumeFrom() > 0) {
                out.append("-- resumes at statement ").append(p.resumeFrom() + 1).append(": the earlier ones were committed by an interrupted run\n");
            }
            boolean tx = p.mode() != TransactionMode.NONE;
            if (tx && !inBatch) {
                out.append("BEGIN;\n");
            }
            inBatch = p.mode() == TransactionMode.BATCH;
            List<Statement> statements = p.statements();
            for (int i = p.resumeFrom(); i < statements.size(); i++) {
                String sql = statements.get(i).sql();
                out.append(sql).append(sql.endsWith(";") ? "\n" : ";\n");
            }
            if (m.kind() == Migration.Kind.JOURNAL) {
                out.append("INSERT INTO ").append(t.drizzle()).append(" (\"hash\", \"created_at\") VALUES ('")
                        .append(m.hash()).append("', ").append(m.entry().when()).append(");\n");
            }
            out.append("-- and a row in ").append(t.history()).append(" (name '").append(m.name().replace("'", "''"))
                    .append("', checksum ").append(m.checksum(), 0, 12).append("...)\n");
            if (tx && !inBatch) {
                out.append("COMMIT;\n");
            }
            out.append('\n');
        }
        if (inBatch) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }
}
