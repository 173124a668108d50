package dev.strata.studio;

import dev.strata.core.DriftReport;
import dev.strata.core.Strata;
import dev.strata.core.StrataException;
import dev.strata.core.diff.Difference;
import io.javalin.http.Context;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/drift}: core's drift check: the migrations the database has applied are replayed into a
 * shadow database and compared with it. Not available when there is no folder, nothing applied, or no
 * shadow database can be made.
 */
final class DriftEndpoint {
    private final StudioContext studio;

    DriftEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void handle(Context ctx) {
        if (!Files.isDirectory(studio.strata().config().migrationsDir())) {
            studio.json().send(ctx, unavailable("no migrations folder at " + studio.migrationsDirShown()));
            return;
        }
        DriftReport drift;
        try {
            drift = studio.strata().drift();
        } catch (StrataException e) {
            studio.json().send(ctx, unavailable(e.problem().message()));
            return;
        }
        if (!drift.checked()) {
            studio.json().send(ctx, unavailable(Strata.DRIFT_NOT_CHECKED));
            return;
        }
        String reason = drift.differences().isEmpty()
                ? "no drift: the database matches the folder replayed up to " + drift.replayedUpTo() : null;
        studio.json().send(ctx, SchemaJson.map("available", true, "reason", reason,
                "differences", drift.differences().stream().map(DriftEndpoint::json).toList()));
    }

    private static Map<String, Object> json(Difference d) {
        return SchemaJson.map("object", d.object(), "kind", d.kind().name().toLowerCase(Locale.ROOT),
                "expected", d.expected(), "actual", d.actual());
    }

    private static Map<String, Object> unavailable(String reason) {
        return SchemaJson.map("available", false, "reason", reason, "differences", List.of());
    }
}
