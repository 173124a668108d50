package dev.strata.studio;

import dev.strata.core.CheckOptions;
import dev.strata.core.StrataException;
import dev.strata.core.check.CheckReport;
import dev.strata.core.check.Diagnostic;
import io.javalin.http.Context;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/drift}: core's drift check ({@code Strata.check} with drift only): the migrations the
 * database has applied are replayed into a shadow database and compared with it. Not available when
 * there is no folder, nothing applied, or no shadow database can be made.
 */
final class DriftEndpoint {
    private static final Pattern CHANGED = Pattern.compile("^(.*): the folder \\(up to [^)]*\\) has (.*), the database has (.*)$",
            Pattern.DOTALL);
    private static final Pattern ONLY = Pattern.compile("^(.*): only in (the folder|the database)", Pattern.DOTALL);

    private final StudioContext studio;

    DriftEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void handle(Context ctx) {
        if (!Files.isDirectory(studio.strata().config().migrationsDir())) {
            studio.json().send(ctx, unavailable("no migrations folder at " + studio.migrationsDirShown()));
            return;
        }
        CheckReport report;
        try {
            report = studio.strata().check(new CheckOptions(false, true, false));
        } catch (StrataException e) {
            studio.json().send(ctx, unavailable(e.problem().message()));
            return;
        }
        studio.json().send(ctx, json(report.diagnostics()));
    }

    private static Map<String, Object> json(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> differences = new ArrayList<>();
        String reason = null;
        boolean checked = false;
        for (Diagnostic d : diagnostics) {
            switch (d.rule()) {
                case "drift.none" -> {
                    checked = true;
                    reason = d.message();
                }
                case "drift.skipped", "database.skipped" -> reason = d.message();
                case "drift.missing", "drift.extra", "drift.changed" -> {
                    checked = true;
                    differences.add(difference(d));
                }
                default -> { }
            }
        }
        if (!checked) {
            return unavailable(reason == null ? "drift not checked" : reason);
        }
        return SchemaJson.map("available", true, "reason", reason, "differences", differences);
    }

    private static Map<String, Object> difference(Diagnostic d) {
        String kind = d.rule().substring("drift.".length());
        Matcher changed = CHANGED.matcher(d.message());
        if (changed.matches()) {
            return SchemaJson.map("object", changed.group(1), "kind", kind, "expected", changed.group(2), "actual", changed.group(3));
        }
        Matcher only = ONLY.matcher(d.message());
        String object = only.find() ? only.group(1) : d.message();
        return SchemaJson.map("object", object, "kind", kind, "expected", kind.equals("missing") ? "present" : null,
                "actual", kind.equals("extra") ? "present" : null);
    }

    private static Map<String, Object> unavailable(String reason) {
        return SchemaJson.map("available", false, "reason", reason, "differences", List.of());
    }
}
