package dev.strata.core.source.dsl;

import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.source.snapshot.SnapshotJson;
import dev.strata.core.source.snapshot.SnapshotToModel;
import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step schema of the drizzle vectors ({@code steps/sK.ts}), re-expressed in the DSL
 * ({@code src/test/resources/dsl-vectors/<case>/SK.java}), gives the model of the snapshot drizzle-kit wrote for
 * that step. A {@code custom} step's snapshot repeats the previous schema, so it is checked against the last class.
 */
class DslVectorsTest {
    static final Path DSL = Path.of("src/test/resources/dsl-vectors");
    static final List<String> CASES = List.of("basic", "schemas", "renames", "types", "constraints", "sequences-views",
            "evolution", "rls", "no-breakpoints", "config-variants");
    private static final Pattern TAG = Pattern.compile("\"tag\":\\s*\"([^\"]+)\"");

    /**
     * Steps whose snapshot cannot equal the DSL's model, with the reason; the test fails when one stops differing.
     * Empty: every drizzle-only artifact (roles, {@code .existing()} views, view column lists) is outside the model.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of();

    /** Each class compiled once for both tests. */
    private static final Map<Path, Schema> LOADED = new ConcurrentHashMap<>();

    private static Schema load(Step step) {
        return LOADED.computeIfAbsent(DSL.resolve(step.vectorCase()).resolve(step.schemaClass() + ".java"),
                JavaSchemaSource::load);
    }

    record Step(String vectorCase, String schemaClass, Path snapshot) {
        @Override
        public String toString() {
            return vectorCase + "/" + schemaClass + " vs " + snapshot.getFileName();
        }
    }

    static List<Step> steps() throws IOException {
        List<Step> out = new ArrayList<>();
        for (String c : CASES) {
            Path dir = Vectors.dir().resolve(c);
            List<String> tags = new ArrayList<>();
            Matcher m = TAG.matcher(Files.readString(dir.resolve("migrations/meta/_journal.json")));
            while (m.find()) {
                tags.add(m.group(1));
            }
            int entry = 0;
            String last = null;
            for (String line : Files.readAllLines(dir.resolve("steps/steps"))) {
                String[] words = line.strip().split("\\s+");
                if (words[0].equals("schema")) {
                    last = "S" + words[1].replaceAll("\\D", "");
                } else if (!words[0].equals("custom")) {
                    continue;
                }
                String prefix = tags.get(entry++).split("_")[0];
                out.add(new Step(c, last, dir.resolve("migrations/meta/" + prefix + "_snapshot.json")));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void dslSchemaEqualsTheSnapshotDrizzleWrote(Step step) {
        Schema dsl = load(step).normalized();
        Schema drizzle = SnapshotToModel.schema(SnapshotJson.read(step.snapshot())).normalized();
        String exception = EXCEPTIONS.get(step.toString());
        if (exception != null) {
            assertThat(dsl).as("named exception no longer occurs, remove it: " + exception).isNotEqualTo(drizzle);
            return;
        }
        assertSame(dsl, drizzle);
    }

    /** The writer on Drizzle-shaped schemas: each vector class, written back as Java and loaded, is unchanged. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void writtenJavaLoadsBackToTheSameSchema(Step step, @TempDir Path dir) throws IOException {
        Schema dsl = load(step);
        Path file = dir.resolve("Pulled.java");
        Files.writeString(file, JavaSchemaWriter.write(dsl, "", "Pulled"));
        assertSame(JavaSchemaSource.load(file).normalized(), dsl.normalized());
    }

    @Test
    void everyStepFileHasItsDslClass() throws IOException {
        for (String c : CASES) {
            try (var files = Files.list(Vectors.dir().resolve(c).resolve("steps"))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.matches("s\\d+\\.ts"))
                        .forEach(n -> assertThat(DSL.resolve(c).resolve("S" + n.replaceAll("\\D", "") + ".java")).exists());
            }
        }
    }

    /** Table by table first, so that a failure shows the one table that differs rather than two whole schemas. */
    static void assertSame(Schema actual, Schema expected) {
        assertThat(actual.tables()).extracting(Table::name).containsExactlyElementsOf(
                expected.tables().stream().map(Table::name).toList());
        for (int i = 0; i < expected.tables().size(); i++) {
            Table a = actual.tables().get(i);
            Table e = expected.tables().get(i);
            assertThat(a.columns()).as(a.name() + " columns").containsExactlyElementsOf(e.columns());
            assertThat(a).as("table " + a.name()).isEqualTo(e);
        }
        assertThat(actual.enums()).as("enums").isEqualTo(expected.enums());
        assertThat(actual.sequences()).as("sequences").isEqualTo(expected.sequences());
        assertThat(actual.views()).as("views").isEqualTo(expected.views());
        assertThat(actual).isEqualTo(expected);
    }
}
