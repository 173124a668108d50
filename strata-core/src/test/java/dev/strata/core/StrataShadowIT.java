package dev.strata.core;

import dev.strata.core.config.StrataConfig;
import dev.strata.core.shadow.ShadowDatabase;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class StrataShadowIT {
    @TempDir
    Path project;

    @Test
    void shadowDatabaseIsMadeOnTheConfiguredServerAndDroppedOnClose(TestDatabase db) throws Exception {
        Strata strata = new Strata(StrataConfig.of(db.url(), project));
        String name;
        try (ShadowDatabase shadow = strata.shadowDatabase(); var c = shadow.connect(); var s = c.createStatement()) {
            name = shadow.name();
            assertThat(shadow.url().port()).isEqualTo(db.url().port());
            s.execute("CREATE TABLE scratch (id int)");
        }
        assertThat(db.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")).isEqualTo("0");
    }
}
