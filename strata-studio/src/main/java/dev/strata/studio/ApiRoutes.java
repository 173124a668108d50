package dev.strata.studio;

import io.javalin.config.RoutesConfig;

/** The JSON API's routes, each to the endpoint that answers it. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static void register(RoutesConfig routes, StudioContext studio) {
        routes.get("/api/info", new InfoEndpoint(studio)::handle);
        routes.get("/api/schema", new SchemaEndpoint(studio)::handle);
        routes.get("/api/rows/{schema}/{table}", new RowsEndpoint(studio)::handle);
    }
}
