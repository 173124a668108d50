package dev.strata.core.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.core.config.MigrationPrefix;
import dev.strata.core.config.MigrationStyle;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case of the golden vectors made with the real drizzle-kit and drizzle-orm
 * ({@code shared/vectors/drizzle/<case>}, see its README): the migrations folder, the schema
 * drizzle-orm's migrator produced from it ({@code expected-schema.sql}) and the rows it wrote to its
 * tracking table ({@code tracking-rows.tsv}). Only cases with an expected schema are cases here
 * ({@code check-collision} is input for {@code strata check}).
 *
 * @param name the case folder's name
 * @param dir  the case folder
 */
record DrizzleVector(String name, Path dir) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every case, by name; fails when the vectors cannot be found (CI always has them). */
    static List<DrizzleVector> all() {
        Path root = root();
        try (Stream<Path> dirs = Files.list(root)) {
            List<DrizzleVector> cases = dirs.filter(d -> Files.isRegularFile(d.resolve("expected-schema.sql")))
                    .sorted()
                    .map(d -> new DrizzleVector(d.getFileName().toString(), d))
                    .toList();
            assertThat(cases).as("drizzle vector cases in %s", root).isNotEmpty();
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DrizzleVector named(String name) {
        return all().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no drizzle vector case " + name + " in " + root()));
    }

    static Path root() {
        return Vectors.dir();
    }

    Path migrations() {
        return dir.resolve("migrations");
    }

    /** {@code expected-schema.sql}, line by line (already normalised like {@link SchemaDump#normalise}). */
    List<String> expectedSchema() {
        return SchemaDump.normalise(lines(dir.resolve("expected-schema.sql")));
    }

    /** {@code tracking-rows.tsv}: {@code hash<TAB>created_at} in {@code id} order. */
    List<String> trackingRows() {
        return lines(dir.resolve("tracking-rows.tsv")).stream().filter(l -> !l.isEmpty()).toList();
    }

    /** The journal's tags in journal order. */
    List<String> journalTags() {
        List<String> tags = new ArrayList<>();
        journal(migrations()).path("entries").forEach(e -> tags.add(e.path("tag").asText()));
        return tags;
    }

    /** The {@code .sql} files the journal does not list (Strata's manual migrations), by name without {@code .sql}. */
    List<String> manualNames() {
        List<String> tags = journalTags();
        try (Stream<Path> files = Files.list(migrations())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".sql"))
                    .map(f -> f.substring(0, f.length() - ".sql".length()))
                    .filter(n -> !tags.contains(n))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * drizzle's {@code migrationsSchema}: from the recipe's {@code migrator --table T --schema S}
     * line ({@code steps/steps}), else drizzle's default {@code drizzle}.
     */
    String trackingSchema() {
        return migratorOption("--schema", StrataConfig.DEFAULT_TRACKING_SCHEMA);
    }

    /** drizzle's {@code migrationsTable}, like {@link #trackingSchema()}; default {@code __drizzle_migrations}. */
    String trackingTable() {
        return migratorOption("--table", StrataConfig.DEFAULT_TRACKING_TABLE);
    }

    /**
     * The case's {@code migrations.prefix} and {@code breakpoints} from {@code steps/drizzle.config.ts} (the vectors
     * write one only when not the default), as Strata's {@code [generate]} settings; unset ones stay {@code null}.
     */
    MigrationStyle migrationStyle() {
        Path config = dir.resolve("steps").resolve("drizzle.config.ts");
        if (!Files.isRegularFile(config)) {
            return MigrationStyle.FOLLOW_FOLDER;
        }
        String text = String.join("\n", lines(config));
        Matcher prefix = Pattern.compile("\\bprefix:\\s*\"(\\w+)\"").matcher(text);
        Matcher breakpoints = Pattern.compile("\\bbreakpoints:\\s*(true|false)\\b").matcher(text);
        return new MigrationStyle(prefix.find() ? MigrationPrefix.parse(prefix.group(1), "migrations.prefix", config) : null,
                breakpoints.find() ? Boolean.valueOf(breakpoints.group(1)) : null);
    }

    /** Whether drizzle's migrator was given a non-default tracking table for this case. */
    boolean customTracking() {
        return !trackingSchema().equals(StrataConfig.DEFAULT_TRACKING_SCHEMA)
                || !trackingTable().equals(StrataConfig.DEFAULT_TRACKING_TABLE);
    }

    /** Strata's configuration for this case's folder on {@code db}, with the case's tracking table. */
    StrataConfig config(TestDatabase db) {
        return StrataConfig.of(db.url(), migrations()).withTracking(trackingSchema(), trackingTable());
    }

    /** drizzle's rows in {@code db}: {@code hash<TAB>created_at} in {@code id} order. */
    List<String> drizzleRows(TestDatabase db) {
        return db.rows("SELECT hash, created_at FROM " + TrackingTable.quote(trackingSchema()) + "."
                + TrackingTable.quote(trackingTable()) + " ORDER BY id");
    }

    /** Strata's history rows of one kind ('journal' or 'manual'), {@code name<TAB>status}, in {@code id} order. */
    List<String> historyRows(TestDatabase db, String kind) {
        return db.rows("SELECT name, status FROM " + TrackingTable.quote(trackingSchema()) + "."
                + TrackingTable.quote(trackingTable() + "_history") + " WHERE kind = '" + kind + "' ORDER BY id");
    }

    /**
     * Removes what this case's manual migrations created, after checking it is there, so that the
     * rest of the database can be compared with drizzle's {@code expected-schema.sql} (drizzle never
     * applies them; the vectors README lists this as a deliberate difference).
     */
    void undoManualMigrations(TestDatabase db) {
        List<String> manual = manualNames();
        if (manual.isEmpty()) {
            return;
        }
        if (name.equals("no-breakpoints") && manual.equals(List.of("manual_not_in_journal"))) {
            assertThat(db.value("SELECT to_regclass('public.must_not_exist') IS NOT NULL"))
                    .as("Strata applied manual_not_in_journal.sql, which creates table must_not_exist").isEqualTo("t");
            db.execute("DROP TABLE public.must_not_exist");
            return;
        }
        Assertions.fail("case " + name + " has manual migrations " + manual + ": teach DrizzleVector.undoManualMigrations what they create");
    }

    /**
     * Copies the migrations folder to {@code target} with the journal cut to its first {@code k}
     * entries: the folder as it was when only those had been generated (drizzle ignores the other files).
     */
    Path copyWithJournalTruncated(Path target, int k) {
        try (Stream<Path> files = Files.walk(migrations())) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(migrations().relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
            Path journalFile = target.resolve("meta").resolve("_journal.json");
            ObjectNode journal = (ObjectNode) journal(target);
            ArrayNode entries = (ArrayNode) journal.path("entries");
            assertThat(k).as("k within the journal of %s", name).isBetween(0, entries.size());
            while (entries.size() > k) {
                entries.remove(entries.size() - 1);
            }
            Files.writeString(journalFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(journal));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private String migratorOption(String option, String fallback) {
        Path steps = dir.resolve("steps").resolve("steps");
        if (!Files.isRegularFile(steps)) {
            return fallback;
        }
        for (String line : lines(steps)) {
            List<String> words = List.of(line.strip().split("\\s+"));
            if (!words.isEmpty() && words.get(0).equals("migrator")) {
                int at = words.indexOf(option);
                if (at >= 0 && at + 1 < words.size()) {
                    return words.get(at + 1);
                }
            }
        }
        return fallback;
    }

    private static JsonNode journal(Path folder) {
        try {
            return JSON.readTree(folder.resolve("meta").resolve("_journal.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
