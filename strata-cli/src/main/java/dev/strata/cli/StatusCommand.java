package dev.strata.cli;

import dev.strata.core.Strata;
import dev.strata.core.apply.MigrationState;
import dev.strata.core.apply.MigrationStatus;
import dev.strata.core.apply.StatusReport;
import picocli.CommandLine.Command;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code strata status}. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {
                "Show where every migration stands.",
                "",
                "Applied (when, how long, by whom), pending, failed, edited since applied,",
                "or recorded in the database with no file in the folder. Reads only; takes",
                "no lock. Exit code 0 whatever the states; 1-3 only when status itself",
                "cannot be read.",
                ""})
final class StatusCommand extends GlobalCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Override
    public Integer call() {
        StatusReport report = global.strata().status();
        Environment env = global.env();
        if (global.json) {
            env.out().println(Json.write(json(report)));
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"STATE", "MIGRATION", "KIND", "APPLIED (UTC)", "TOOK", "NOTE"});
        for (MigrationStatus m : report.migrations()) {
            rows.add(new String[]{m.state().label(), m.name(), m.kind() == null ? "" : m.kind().name().toLowerCase(java.util.Locale.ROOT),
                    m.appliedAt() == null ? (m.state() == MigrationState.APPLIED ? "(by drizzle)" : "") : WHEN.format(m.appliedAt()),
                    m.durationMs() == null ? "" : Durations.human(m.durationMs()), m.note() == null ? "" : m.note()});
        }
        env.out().print(Table.render(rows));
        env.out().println(summary(report));
        return 0;
    }

    private static String summary(StatusReport r) {
        StringBuilder s = new StringBuilder();
        for (MigrationState state : MigrationState.values()) {
            long n = r.count(state);
            if (n > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(state.label());
            }
        }
        return s.length() == 0 ? "No migrations in the folder and none in the database." : s.toString() + ".";
    }

    private static Map<String, Object> json(StatusReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", "ok");
        doc.put("trackingTableFound", report.trackingFound());
        doc.put("migrations", report.migrations().stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", m.name());
            row.put("kind", m.kind() == null ? null : m.kind().name().toLowerCase(java.util.Locale.ROOT));
            row.put("state", m.state().name().toLowerCase(java.util.Locale.ROOT));
            row.put("file", Json.path(m.file()));
            row.put("appliedAt", m.appliedAt() == null ? null : m.appliedAt().toString());
            row.put("durationMs", m.durationMs());
            row.put("appliedBy", m.appliedBy());
            row.put("transactionMode", m.mode());
            row.put("note", m.note());
            return row;
        }).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MigrationState state : MigrationState.values()) {
            counts.put(state.name().toLowerCase(java.util.Locale.ROOT), report.count(state));
        }
        doc.put("counts", counts);
        return doc;
    }
}
