package dev.strata.core.apply;

import dev.strata.core.GenerateOptions;
import dev.strata.core.GenerateResult;
import dev.strata.core.Strata;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.diff.RenameCandidate;
import dev.strata.core.model.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drizzle vector case's recipe ({@code steps/steps}) replayed with Strata instead of drizzle-kit: each
 * {@code schema sK.ts NAME [ANSWERS]} step is {@code strata generate --name NAME} with the step's schema as
 * re-expressed in the DSL ({@code src/test/resources/dsl-vectors/<case>/SK.java}) and the same rename answers,
 * each {@code custom cK.sql NAME} step is {@code generate --custom --name NAME} whose placeholder is then
 * replaced by {@code cK.sql}, each {@code extra FILE} is copied in. {@code migrator} and {@code pull} lines
 * concern drizzle's migrator and pull, not generation. The case's {@code drizzle.config.ts} prefix and breakpoints
 * become Strata's {@code [generate]} settings ({@link DrizzleVector#migrationStyle()}).
 * <p>
 * drizzle-kit asks about one new object at a time, offering "create" (the default) and then "rename from"
 * each missing object; the recipe's {@code rename} picks the first of those, {@code create} the default.
 * Strata lists its open candidates new object first, missing objects in the same order, and stops asking
 * about a new object once it is answered; so each recipe answer is given to Strata's first open candidate.
 * Folders are replayed once per JVM and shared by the tests that read them.
 */
final class VectorReplay {
    static final Path DSL = Path.of("src/test/resources/dsl-vectors");
    private static final Map<String, Path> REPLAYED = new HashMap<>();

    private VectorReplay() {
    }

    /** Strata's migrations folder for {@code vector}, replayed into a fresh temporary folder on first use. */
    static synchronized Path folder(DrizzleVector vector) {
        return REPLAYED.computeIfAbsent(vector.name(), name -> replay(vector));
    }

    private static Path replay(DrizzleVector vector) {
        try {
            Path root = Files.createTempDirectory("strata-generate-" + vector.name() + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            Path dir = root.resolve("migrations");
            Path steps = vector.dir().resolve("steps");
            for (String line : Files.readAllLines(steps.resolve("steps"), StandardCharsets.UTF_8)) {
                List<String> words = List.of(line.strip().split("\\s+"));
                switch (words.get(0)) {
                    case "schema" -> schemaStep(vector, dir, words);
                    case "custom" -> customStep(vector, dir, steps, words);
                    case "extra" -> Files.copy(steps.resolve(words.get(1)), dir.resolve(words.get(1)));
                    default -> { } // comments, migrator options, pull
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's drizzle.config.ts prefix and breakpoints as Strata's [generate] settings, as a team would port them. */
    private static StrataConfig config(DrizzleVector vector, Path dir) {
        return StrataConfig.of(null, dir).withMigrationStyle(vector.migrationStyle());
    }

    private static void delete(Path root) {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }

    private static void schemaStep(DrizzleVector vector, Path dir, List<String> words) {
        Path schemaClass = DSL.resolve(vector.name()).resolve("S" + words.get(1).replaceAll("\\D", "") + ".java");
        Strata strata = new Strata(config(vector, dir).withSchemaSource(schemaClass));
        Schema desired = strata.loadSchema();
        List<String> answers = words.size() > 3 ? List.of(words.get(3).split(",")) : List.of();
        GenerateOptions options = new GenerateOptions(words.get(2), false, List.of());
        GenerateResult result = strata.generate(desired, options);
        List<String> asked = new ArrayList<>();
        for (String answer : answers) {
            assertThat(result.outcome()).as("%s step %s: drizzle-kit asked a rename question (answered %s), Strata asked %s",
                    vector, words.get(1), answer, asked).isEqualTo(GenerateResult.Outcome.NEEDS_ANSWERS);
            RenameCandidate first = result.unresolved().get(0);
            asked.add(first.toString());
            options = options.withRename(answer.equals("rename") ? first.renameAnswer() : first.createAnswer());
            result = strata.generate(desired, options);
        }
        assertThat(result.outcome()).as("%s step %s after the recipe's answers %s (questions %s); still open: %s",
                vector, words.get(1), answers, asked, result.unresolved()).isEqualTo(GenerateResult.Outcome.WRITTEN);
    }

    private static void customStep(DrizzleVector vector, Path dir, Path steps, List<String> words) throws IOException {
        GenerateResult result = new Strata(config(vector, dir)).generate(null, new GenerateOptions(words.get(2), true, List.of()));
        assertThat(result.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        Path sql = dir.resolve(result.tag() + ".sql");
        assertThat(Files.readString(sql, StandardCharsets.UTF_8)).as("custom migration before it is filled in")
                .startsWith("--").doesNotContain(";");
        Files.copy(steps.resolve(words.get(1)), sql, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
