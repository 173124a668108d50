package dev.strata.core;

import dev.strata.core.config.StrataConfig;
import dev.strata.core.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generate loads the schema while it reads the folder on a second thread: either side's error reaches the caller
 * as if nothing ran in parallel, and nothing is written.
 */
class GenerateLoadingTest {
    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("migrations");
    }

    private Strata strata() {
        return new Strata(StrataConfig.of(null, migrations()));
    }

    private Schema schema(String columns) throws IOException {
        return UsersSchema.load(dir, columns);
    }

    private Map<String, String> folder() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(migrations())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(migrations().relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static GenerateOptions named(String name) {
        return new GenerateOptions(name, false, List.of());
    }

    @Test
    void aBrokenLastSnapshotIsReportedWithItsFileAndNothingIsWritten() throws IOException {
        strata().generate(schema("t.text(\"email\");"), named("init"));
        Path snapshot = migrations().resolve("meta/0000_snapshot.json");
        Files.writeString(snapshot, "{ \"version\": \"7\", ");
        Map<String, String> before = folder();

        Schema changed = schema("t.text(\"email\");\nt.text(\"name\");");
        assertThatThrownBy(() -> strata().generate(changed, named("add_name")))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("snapshot.broken-json");
                    assertThat(e.problem().file()).isEqualTo(snapshot);
                });
        assertThat(folder()).isEqualTo(before);
    }

    @Test
    void aSchemaThatFailsToLoadIsReportedAndNothingIsWritten() throws IOException {
        strata().generate(schema("t.text(\"email\");"), named("init"));
        Map<String, String> before = folder();
        Supplier<Schema> failing = () -> {
            throw new StrataException.Input(Problem.of("dsl.compile-error", "the Java schema does not compile", "fix it"));
        };

        assertThatThrownBy(() -> strata().generate(failing, named("add_name"), hazards -> true))
                .isInstanceOfSatisfying(StrataException.Input.class,
                        e -> assertThat(e.problem().code()).isEqualTo("dsl.compile-error"));
        assertThat(folder()).isEqualTo(before);
    }

    @Test
    void theSchemaIsLoadedOnceAndNotAtAllForACustomMigration() throws IOException {
        Schema schema = schema("t.text(\"email\");");
        AtomicInteger loads = new AtomicInteger();
        Supplier<Schema> counted = () -> {
            loads.incrementAndGet();
            return schema;
        };

        GenerateResult first = strata().generate(counted, named("init"), hazards -> true);
        assertThat(first.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        assertThat(loads).hasValue(1);

        GenerateResult custom = strata().generate(counted, new GenerateOptions("backfill", true, List.of()), hazards -> true);
        assertThat(custom.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        assertThat(loads).hasValue(1);
    }

    @Test
    void theWrittenSnapshotChainsToTheLastOneAndMatchesTheNextRun() throws IOException {
        strata().generate(schema("t.text(\"email\");"), named("init"));
        String firstId = id(Files.readString(migrations().resolve("meta/0000_snapshot.json")));

        GenerateResult second = strata().generate(schema("t.text(\"email\");\nt.text(\"name\");"), named("add_name"));
        String written = Files.readString(migrations().resolve("meta/0001_snapshot.json"));

        assertThat(second.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        assertThat(written).contains("\"prevId\": \"" + firstId + "\"").contains("\"name\": \"name\"");
        assertThat(id(written)).isNotEqualTo(firstId);
        assertThat(strata().generate(schema("t.text(\"email\");\nt.text(\"name\");"), named("again")).outcome())
                .isEqualTo(GenerateResult.Outcome.NO_CHANGES);
    }

    private static String id(String snapshotJson) {
        int at = snapshotJson.indexOf("\"id\": \"") + 7;
        return snapshotJson.substring(at, snapshotJson.indexOf('"', at));
    }
}
