package dev.strata.core.apply;

import dev.strata.testing.DrizzleKit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real drizzle-kit ({@link DrizzleKit}: 0.31.11) accepts a folder Strata generated as its own: after Strata
 * replayed a vector case's whole recipe ({@link VectorReplay}), {@code drizzle-kit generate} with the case's final
 * {@code schema.ts} and its {@code drizzle.config.ts} finds nothing to migrate and writes no file. So a team can
 * switch from drizzle-kit to Strata and back without a spurious migration.
 */
class DrizzleKitAfterStrataIT {
    @TempDir
    Path work;

    static Stream<DrizzleVector> cases() {
        return DrizzleVector.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drizzleKitFindsNothingToGenerateAfterStrata(DrizzleVector vector) throws IOException {
        DrizzleKit kit = DrizzleKit.get();
        Path folder = work.resolve("migrations");
        copy(VectorReplay.folder(vector), folder);
        Map<String, String> before = contents(folder);
        Files.copy(vector.dir().resolve("schema.ts"), work.resolve("schema.ts"));
        Path config = vector.dir().resolve("steps").resolve("drizzle.config.ts");
        if (Files.isRegularFile(config)) {
            Files.copy(config, work.resolve("drizzle.config.ts"));
        } else {
            // the vectors' default config (README: drizzle.config.ts only "when not the default")
            Files.writeString(work.resolve("drizzle.config.ts"), "export default { dialect: \"postgresql\", "
                    + "schema: \"./schema.ts\", out: \"./migrations\" };\n");
        }

        DrizzleKit.Result result = kit.generate(work, "drizzle.config.ts");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.output()).as("%s", result).contains("No schema changes, nothing to migrate");
        assertThat(contents(folder)).as("the folder after drizzle-kit generate; %s", result).isEqualTo(before);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** Every file of the folder by relative path, with its text. */
    private static Map<String, String> contents(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<String, String> out = new TreeMap<>();
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(folder.relativize(f).toString(), Files.readString(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
