package dev.strata.studio;

import io.javalin.http.Context;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/info}: which database, which server version, whether writing is allowed. */
final class InfoEndpoint {
    private final StudioContext studio;

    InfoEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void handle(Context ctx) {
        String version = studio.database().with(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                return rs.getString(1).split(" ")[0];
            }
        });
        var url = studio.database().url();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", "postgres://" + (url.user() == null ? "" : url.user() + "@") + url.host() + ":" + url.port()
                + "/" + url.database());
        out.put("serverVersion", version);
        out.put("write", studio.options().write());
        out.put("migrationsDir", studio.migrationsDirShown());
        out.put("statementTimeoutMs", studio.options().statementTimeout().toMillis());
        studio.json().send(ctx, out);
    }
}
