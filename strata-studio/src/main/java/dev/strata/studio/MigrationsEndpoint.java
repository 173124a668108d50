package dev.strata.studio;

import dev.strata.core.apply.MigrationState;
import dev.strata.core.apply.MigrationStatus;
import dev.strata.core.apply.StatusReport;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.folder.TagNumbers;
import io.javalin.http.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code GET /api/migrations} (every migration's status, from core's {@code Strata.status()}) and
 * {@code GET /api/migrations/{name}} (its SQL and down SQL).
 */
final class MigrationsEndpoint {
    private final StudioContext studio;

    MigrationsEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void list(Context ctx) {
        if (!Files.isDirectory(studio.strata().config().migrationsDir())) {
            studio.json().send(ctx, SchemaJson.map("migrations", List.of(), "pending", 0));
            return;
        }
        StatusReport report = studio.strata().status();
        List<Map<String, Object>> out = new ArrayList<>();
        for (MigrationStatus m : report.migrations()) {
            OptionalLong number = TagNumbers.of(m.name());
            out.add(SchemaJson.map("name", m.name(), "number", number.isPresent() ? number.getAsLong() : null,
                    "manual", m.kind() == Migration.Kind.MANUAL, "status", m.state().label(),
                    "appliedAt", m.appliedAt() == null ? null : m.appliedAt().toString(),
                    "checksumMatches", checksumMatches(m.state()), "note", m.note()));
        }
        studio.json().send(ctx, SchemaJson.map("migrations", out, "pending", report.count(MigrationState.PENDING)));
    }

    void one(Context ctx) {
        String name = ctx.pathParam("name");
        Path dir = studio.strata().config().migrationsDir();
        Migration m = Files.isDirectory(dir) ? MigrationFolder.read(dir).find(name).orElse(null) : null;
        if (m == null) {
            throw new ApiException(404, "no migration named \"" + name + "\" in " + studio.migrationsDirShown(),
                    "pick one from the migrations list");
        }
        studio.json().send(ctx, SchemaJson.map("name", m.name(), "sql", m.text(), "down", down(m.downFile())));
    }

    /** Whether the file still matches what was applied: {@code null} when it was not applied (nothing to compare). */
    private static Boolean checksumMatches(MigrationState state) {
        return switch (state) {
            case APPLIED -> true;
            case EDITED -> false;
            default -> null;
        };
    }

    private static String down(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new ApiException(500, "cannot read " + file + ": " + e.getMessage(), "check the file's permissions");
        }
    }
}
