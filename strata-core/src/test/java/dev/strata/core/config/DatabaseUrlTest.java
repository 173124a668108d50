package dev.strata.core.config;

import dev.strata.core.StrataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {
    @Test
    void readsNeonStyleUrlWithQueryParameters() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://alice:p%40ss@ep-cool-123.eu-central-1.aws.neon.tech/neondb?sslmode=require&channel_binding=require");
        assertThat(u.host()).isEqualTo("ep-cool-123.eu-central-1.aws.neon.tech");
        assertThat(u.port()).isEqualTo(5432);
        assertThat(u.database()).isEqualTo("neondb");
        assertThat(u.user()).isEqualTo("alice");
        assertThat(u.password()).isEqualTo("p@ss");
        assertThat(u.parameters()).containsEntry("sslmode", "require");
        assertThat(u.driverProperties().getProperty("password")).isEqualTo("p@ss");
    }

    @Test
    void readsJdbcUrlWithCredentialsInParameters() {
        DatabaseUrl u = DatabaseUrl.parse("jdbc:postgresql://db:6543/app?user=bob&password=secret&ssl=true");
        assertThat(u.port()).isEqualTo(6543);
        assertThat(u.user()).isEqualTo("bob");
        assertThat(u.password()).isEqualTo("secret");
        assertThat(u.parameters()).containsOnlyKeys("ssl");
    }

    @Test
    void parametersArePrintedInTheOrderWritten() {
        String query = "?sslmode=require&channel_binding=require&application_name=app&connect_timeout=3&options=x";

        DatabaseUrl u = DatabaseUrl.parse("postgres://alice@host/db" + query).withDefaultParameter("preferQueryMode", "simple");

        assertThat(u.redacted()).endsWith(query + "&preferQueryMode=simple");
    }

    @Test
    void neverShowsThePassword() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://alice:hunter2@host/db?sslpassword=x2");
        assertThat(u.toString()).doesNotContain("hunter2").doesNotContain("x2").contains("alice:***@host");
        assertThat(u.redacted()).doesNotContain("hunter2");
    }

    @Test
    void badUrlErrorHidesThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://alice:hunter2@host/db"))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                    assertThat(e.problem().fix()).contains("postgres://");
                });
    }

    @Test
    void recognisesTransactionPoolerEndpoints() {
        assertThat(DatabaseUrl.parse("postgres://u@ep-x-123-pooler.eu-central-1.aws.neon.tech/db").looksPooled()).isTrue();
        assertThat(DatabaseUrl.parse("postgres://u@aws-0-eu.pooler.supabase.com:6543/db").looksPooled()).isTrue();
        assertThat(DatabaseUrl.parse("postgres://u@ep-x-123.eu-central-1.aws.neon.tech/db").looksPooled()).isFalse();
    }
}
