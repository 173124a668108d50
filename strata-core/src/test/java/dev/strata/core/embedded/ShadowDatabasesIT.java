package dev.strata.core.embedded;

import dev.strata.core.StrataException;
import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.shadow.ShadowDatabase;
import dev.strata.core.shadow.ShadowDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;

import static dev.strata.core.embedded.EmbeddedPostgresLifecycleIT.execute;
import static dev.strata.core.embedded.EmbeddedPostgresLifecycleIT.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shadow databases; the "configured server" here is a second embedded server, so each test owns its servers. */
class ShadowDatabasesIT extends WithTestProject {
    @Test
    void withNoServerConfiguredTheShadowIsOnTheEmbeddedServerAndCloseLeavesNothing() throws Exception {
        DatabaseUrl embedded;
        try (ShadowDatabase shadow = ShadowDatabases.create(null, project.dir())) {
            project.track(EmbeddedPostgres.forProject(project.dir()));
            embedded = EmbeddedPostgres.forProject(project.dir()).status().url();
            assertThat(shadow.origin()).isEqualTo(ShadowDatabase.Origin.EMBEDDED_SERVER);
            assertThat(shadow.name()).startsWith("strata_shadow_");
            assertThat(shadow.url().port()).isEqualTo(embedded.port());
            execute(shadow.url(), "CREATE TABLE t (id int)");
            assertThat(query(shadow.url(), "SELECT count(*) FROM pg_class WHERE relname = 't'")).isEqualTo("1");
        }
        assertThat(shadowDatabasesOn(embedded)).isEqualTo("0");
    }

    @Test
    void theShadowIsOnTheConfiguredServerWhenItsUserMayCreateDatabases() throws Exception {
        DatabaseUrl server = configuredServer();
        String name;
        try (ShadowDatabase shadow = ShadowDatabases.create(server, project.dir())) {
            name = shadow.name();
            assertThat(shadow.origin()).isEqualTo(ShadowDatabase.Origin.CONFIGURED_SERVER);
            assertThat(shadow.url()).isEqualTo(server.withDatabase(name));
            assertThat(shadow.notices()).isEmpty();
            assertThat(query(shadow.url(), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo("0");
        }
        assertThat(shadowDatabasesOn(server)).isEqualTo("0");
        assertThat(project.dir().resolve(".strata")).doesNotExist(); // the project's own server was never needed
    }

    @Test
    void theShadowFallsBackToTheEmbeddedServerWhenTheConfiguredUserMayNotCreateDatabases() throws Exception {
        DatabaseUrl admin = configuredServer();
        String role = "app_" + UUID.randomUUID().toString().substring(0, 8);
        execute(admin, "CREATE ROLE " + role + " LOGIN");
        DatabaseUrl limited = new DatabaseUrl(admin.host(), admin.port(), "postgres", role, null, null);

        try (ShadowDatabase shadow = ShadowDatabases.create(limited, project.dir())) {
            project.track(EmbeddedPostgres.forProject(project.dir()));
            assertThat(shadow.origin()).isEqualTo(ShadowDatabase.Origin.EMBEDDED_SERVER);
            assertThat(shadow.url().port()).isNotEqualTo(admin.port());
            assertThat(shadow.notices()).anySatisfy(n -> assertThat(n).contains(role, "may not create databases"));
        }
        assertThat(shadowDatabasesOn(admin)).isEqualTo("0");
    }

    @Test
    void closeDropsTheShadowEvenWhileSessionsAreStillConnected() throws Exception {
        DatabaseUrl server = configuredServer();
        ShadowDatabase shadow = ShadowDatabases.create(server, project.dir());
        try (Connection forgotten = shadow.connect()) {
            shadow.close();
            shadow.close(); // twice is harmless

            assertThat(shadowDatabasesOn(server)).isEqualTo("0");
            assertThat(forgotten.isValid(2)).isFalse();
        }
    }

    @Test
    void shadowUrlWhoseUserMayCreateDatabasesGetsAFreshSibling() throws Exception {
        DatabaseUrl server = configuredServer();
        try (ShadowDatabase shadow = ShadowDatabases.fromShadowUrl(server)) {
            assertThat(shadow.origin()).isEqualTo(ShadowDatabase.Origin.SHADOW_URL_SERVER);
            assertThat(shadow.name()).startsWith("strata_shadow_");
        }
        assertThat(shadowDatabasesOn(server)).isEqualTo("0");
    }

    @Test
    void shadowUrlWithoutCreateDbUsesTheNamedEmptyDatabaseAndEmptiesItAfterUse() throws Exception {
        DatabaseUrl admin = configuredServer();
        execute(admin, "CREATE ROLE owner_only LOGIN");
        execute(admin, "CREATE DATABASE scratch OWNER owner_only");
        DatabaseUrl shadowUrl = new DatabaseUrl(admin.host(), admin.port(), "scratch", "owner_only", null, null);

        try (ShadowDatabase shadow = ShadowDatabases.fromShadowUrl(shadowUrl)) {
            assertThat(shadow.origin()).isEqualTo(ShadowDatabase.Origin.SHADOW_URL_DATABASE);
            assertThat(shadow.url()).isEqualTo(shadowUrl);
            execute(shadow.url(), "CREATE SCHEMA app; CREATE TABLE app.t (id int); CREATE TABLE public.u (id int)");
        }
        assertThat(query(shadowUrl, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname IN ('app', 'public')")).isEqualTo("0");

        // Marked on first use, so a later run may empty it even if a killed run left tables behind.
        execute(shadowUrl, "CREATE TABLE public.left_behind (id int)");
        try (ShadowDatabase again = ShadowDatabases.fromShadowUrl(shadowUrl)) {
            assertThat(query(again.url(), "SELECT count(*) FROM pg_tables WHERE tablename = 'left_behind'")).isEqualTo("0");
        }
    }

    @Test
    void shadowUrlRefusesADatabaseHoldingObjectsStrataDidNotPutThere() throws Exception {
        DatabaseUrl admin = configuredServer();
        execute(admin, "CREATE ROLE app LOGIN");
        execute(admin, "CREATE DATABASE precious OWNER app");
        DatabaseUrl shadowUrl = new DatabaseUrl(admin.host(), admin.port(), "precious", "app", null, null);
        execute(shadowUrl, "CREATE TABLE customers (id int)");

        assertThatThrownBy(() -> ShadowDatabases.fromShadowUrl(shadowUrl))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("shadow.not-empty");
                    assertThat(e.problem().fix()).contains("empty database");
                });
        assertThat(query(shadowUrl, "SELECT count(*) FROM customers")).isEqualTo("0");
    }

    /** A second embedded server standing in for the user's configured one. */
    private DatabaseUrl configuredServer() {
        Path other = project.root().resolve("configured");
        EmbeddedPostgres pg = project.track(EmbeddedPostgres.withSettings(project.settings(other)));
        return pg.ensureRunning().url();
    }

    private static String shadowDatabasesOn(DatabaseUrl server) throws Exception {
        return query(server, "SELECT count(*) FROM pg_database WHERE datname LIKE 'strata\\_shadow\\_%'");
    }
}
