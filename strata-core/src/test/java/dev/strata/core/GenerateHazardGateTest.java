package dev.strata.core;

import dev.strata.core.config.StrataConfig;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Hazard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Data-loss hazards reach the caller before generate writes anything, and a "no" writes nothing. */
class GenerateHazardGateTest {
    @TempDir
    Path dir;

    private Schema schema(String... columns) throws IOException {
        return UsersSchema.load(dir, columns);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("migrations"))) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void declinedHazardsWriteNothingAndAcceptedOnesWriteTheMigration() throws IOException {
        Strata strata = new Strata(StrataConfig.of(null, dir.resolve("migrations")));
        GenerateOptions options = new GenerateOptions(null, false, List.of());
        assertThat(strata.generate(schema("t.text(\"email\");"), options).outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        List<String> before = files();
        Schema withoutEmail = schema();
        List<Hazard> shown = new ArrayList<>();

        GenerateResult declined = strata.generate(withoutEmail, options, hazards -> shown.addAll(hazards) && false);

        assertThat(declined.outcome()).isEqualTo(GenerateResult.Outcome.DECLINED);
        assertThat(shown).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hazard.Kind.DROP_COLUMN);
            assertThat(h.object()).contains("email");
        });
        assertThat(files()).isEqualTo(before);

        GenerateResult accepted = strata.generate(withoutEmail, options, hazards -> true);
        assertThat(accepted.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        assertThat(accepted.tag()).isEqualTo("0001_drop_users_email");
    }

    @Test
    void withoutHazardsTheGateIsNotAsked() throws IOException {
        Strata strata = new Strata(StrataConfig.of(null, dir.resolve("migrations")));
        GenerateResult result = strata.generate(schema("t.text(\"email\");"), new GenerateOptions("init", false, List.of()),
                hazards -> {
                    throw new AssertionError("asked about " + hazards);
                });
        assertThat(result.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
    }
}
