package dev.strata.studio;

import io.javalin.config.RoutesConfig;

/** The JSON API's routes, each to the endpoint that answers it. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static void register(RoutesConfig routes, StudioContext studio) {
        routes.get("/api/info", new InfoEndpoint(studio)::handle);
        routes.get("/api/schema", new SchemaEndpoint(studio)::handle);
        routes.get("/api/diagram", new DiagramEndpoint(studio)::handle);
        routes.get("/api/rows/{schema}/{table}", new RowsEndpoint(studio)::handle);
        EditsEndpoint edits = new EditsEndpoint(studio);
        routes.post("/api/edits/preview", edits::preview);
        routes.post("/api/edits/apply", edits::apply);
        routes.post("/api/sql", new SqlConsoleEndpoint(studio)::handle);
        MigrationsEndpoint migrations = new MigrationsEndpoint(studio);
        routes.get("/api/migrations", migrations::list);
        routes.get("/api/migrations/{name}", migrations::one);
        routes.get("/api/drift", new DriftEndpoint(studio)::handle);
    }
}
