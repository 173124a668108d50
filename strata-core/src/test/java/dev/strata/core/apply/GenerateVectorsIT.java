package dev.strata.core.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.Strata;
import dev.strata.core.config.MigrationPrefix;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.TagNumbers;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strata generate} replays every drizzle vector case's recipe ({@link VectorReplay}) and writes what the
 * real drizzle-kit wrote: each migration's SQL byte for byte, each snapshot byte for byte apart from its
 * {@code id}/{@code prevId} (which must still chain), the journal's tags (a time prefix by its style, not its
 * value), idx and breakpoints; and the folder
 * it wrote builds {@code expected-schema.sql} on an empty database. Where Strata differs on purpose, the
 * difference is a named exception below, and the test fails when it stops occurring.
 */
@ExtendWith(PostgresExtension.class)
class GenerateVectorsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How far a named exception lets Strata's file differ from drizzle-kit's. */
    enum Differs {
        /** Same content (JSON objects equal; the same statements), other order of keys or statements. */
        IN_ORDER_ONLY,
        /** Different content. */
        IN_CONTENT
    }

    /** Why Strata's file differs from drizzle-kit's, and how far. */
    record NamedException(Differs differs, String reason) {
    }

    private static final String VIEW_ARTIFACTS = "drizzle-kit's snapshot keeps drizzle-only view artifacts outside Strata's "
            + "model (the column list of a query-builder view, the never-created .existing() view legacy_report), "
            + "which no database or DSL knows";
    private static final String EXPORT_ORDER = "drizzle-kit orders tables, sequences and views by the schema module's "
            + "export names (JavaScript sorts a module's exports); Strata has no export names and orders by schema-qualified name";
    private static final String CUSTOM_SNAPSHOT = "for a --custom step drizzle-kit writes the previous snapshot as re-read "
            + "through its zod schema (another key order); Strata writes it in generate's order, content equal";

    /**
     * {@code case/file of drizzle's folder}, {@code case/expected-schema.sql}, or {@code case/meta/_journal.json#field}
     * → why Strata differs. Each must keep occurring, and differ no further than it says.
     */
    static final Map<String, NamedException> EXCEPTIONS = Map.ofEntries(
            Map.entry("renames/0002_rename_enum_and_retype.sql", new NamedException(Differs.IN_CONTENT,
                    "drizzle-kit loses a type change made together with a column rename (content text -> varchar(2000)); "
                            + "Strata emits the SET DATA TYPE, so the database matches the snapshot")),
            Map.entry("renames/expected-schema.sql", new NamedException(Differs.IN_CONTENT,
                    "follows from the above: after Strata's migrations articles.content is varchar(2000) as the snapshot "
                            + "says; after drizzle-kit's it stayed text")),
            Map.entry("renames/0001_rename_table_and_column.sql", new NamedException(Differs.IN_CONTENT,
                    "drizzle-kit drops the foreign key whose default name changed with its table and adds it again, "
                            + "re-checking every row of articles; Strata renames it (RENAME CONSTRAINT), same end state")),
            Map.entry("constraints/0001_alter_constraints.sql", new NamedException(Differs.IN_CONTENT,
                    "drizzle-kit drops primary key membership_org_id_user_id_pk and adds it again as membership_pk on the "
                            + "same columns, rebuilding its index under lock; Strata renames it (RENAME CONSTRAINT), same end state")),
            Map.entry("rls/0001_alter_policies.sql", new NamedException(Differs.IN_CONTENT,
                    "drizzle-kit enables row-level security on audit a second time although it is enabled on both sides; "
                            + "Strata emits no statement for an unchanged table")),
            Map.entry("sequences-views/0000_sequences_views.sql", new NamedException(Differs.IN_ORDER_ONLY, EXPORT_ORDER)),
            Map.entry("sequences-views/meta/0000_snapshot.json", new NamedException(Differs.IN_CONTENT, VIEW_ARTIFACTS + "; " + EXPORT_ORDER)),
            Map.entry("sequences-views/meta/0001_snapshot.json", new NamedException(Differs.IN_CONTENT, VIEW_ARTIFACTS + "; " + EXPORT_ORDER)),
            Map.entry("schemas/meta/0000_snapshot.json", new NamedException(Differs.IN_CONTENT, VIEW_ARTIFACTS)),
            Map.entry("schemas/meta/0001_snapshot.json", new NamedException(Differs.IN_CONTENT, VIEW_ARTIFACTS)),
            Map.entry("basic/meta/0002_snapshot.json", new NamedException(Differs.IN_ORDER_ONLY, CUSTOM_SNAPSHOT)),
            Map.entry("no-breakpoints/meta/0001_snapshot.json", new NamedException(Differs.IN_ORDER_ONLY, CUSTOM_SNAPSHOT)));

    static Stream<DrizzleVector> cases() {
        return DrizzleVector.all().stream();
    }

    /** One file of a case, drizzle-kit's and Strata's, paired by journal position. */
    record FilePair(DrizzleVector vector, Path drizzle, Path strata) {
        String key() {
            return vector.name() + "/" + vector.migrations().relativize(drizzle);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    static Stream<FilePair> sqlFiles() {
        return pairs((v, tag, prefix) -> Path.of(tag + ".sql"));
    }

    static Stream<FilePair> snapshots() {
        return pairs((v, tag, prefix) -> Path.of("meta", prefix + "_snapshot.json"));
    }

    private interface FileOfEntry {
        Path of(DrizzleVector vector, String tag, String prefix);
    }

    private static Stream<FilePair> pairs(FileOfEntry file) {
        List<FilePair> out = new ArrayList<>();
        for (DrizzleVector v : DrizzleVector.all()) {
            List<String> theirs = v.journalTags();
            List<String> ours = tags(VectorReplay.folder(v));
            assertThat(ours).as("%s: Strata's journal has as many entries as drizzle-kit's", v).hasSameSizeAs(theirs);
            for (int i = 0; i < theirs.size(); i++) {
                out.add(new FilePair(v, v.migrations().resolve(file.of(v, theirs.get(i), prefix(theirs.get(i)))),
                        VectorReplay.folder(v).resolve(file.of(v, ours.get(i), prefix(ours.get(i))))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sqlFiles")
    void generatedSqlIsDrizzleKitsByteForByte(FilePair file) {
        String ours = read(file.strata());
        String theirs = read(file.drizzle());
        assertEqualUnlessNamed(file.key(), ours, theirs, () -> assertThat(statements(ours))
                .as("the same statements").containsExactlyInAnyOrderElementsOf(statements(theirs)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void snapshotIsDrizzleKitsByteForByteApartFromItsIds(FilePair file) throws IOException {
        JsonNode ours = JSON.readTree(file.strata().toFile());
        JsonNode theirs = JSON.readTree(file.drizzle().toFile());
        String oursWithTheirIds = read(file.strata())
                .replace(ours.path("id").asText(), theirs.path("id").asText())
                .replace(ours.path("prevId").asText(), theirs.path("prevId").asText());
        assertEqualUnlessNamed(file.key(), oursWithTheirIds, read(file.drizzle()), () -> assertThat(JSON.readTree(oursWithTheirIds))
                .as("the same JSON objects").isEqualTo(theirs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void snapshotsChainEachPrevIdToTheIdBefore(DrizzleVector vector) throws IOException {
        Path folder = VectorReplay.folder(vector);
        String origin = JSON.readTree(vector.migrations().resolve("meta")
                .resolve(prefix(vector.journalTags().get(0)) + "_snapshot.json").toFile()).path("prevId").asText();
        String previous = origin;
        List<String> ids = new ArrayList<>();
        for (String tag : tags(folder)) {
            JsonNode snapshot = JSON.readTree(folder.resolve("meta").resolve(prefix(tag) + "_snapshot.json").toFile());
            assertThat(snapshot.path("prevId").asText()).as("prevId of %s", tag).isEqualTo(previous);
            previous = snapshot.path("id").asText();
            ids.add(previous);
        }
        assertThat(ids).as("snapshot ids").doesNotHaveDuplicates().doesNotContain(origin);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void journalHasDrizzleKitsTagsIdxAndBreakpoints(DrizzleVector vector) throws IOException {
        JsonNode ours = JSON.readTree(VectorReplay.folder(vector).resolve("meta/_journal.json").toFile());
        JsonNode theirs = JSON.readTree(vector.migrations().resolve("meta/_journal.json").toFile());
        assertThat(ours.path("version")).isEqualTo(theirs.path("version"));
        assertThat(ours.path("dialect")).isEqualTo(theirs.path("dialect"));
        assertThat(fields(ours, "idx")).isEqualTo(fields(theirs, "idx"));
        assertThat(fields(ours, "version")).isEqualTo(fields(theirs, "version"));
        List<Long> when = new ArrayList<>();
        ours.path("entries").forEach(e -> when.add(e.path("when").asLong()));
        assertThat(when).as("when").isSorted().doesNotHaveDuplicates();
        String journal = vector.name() + "/meta/_journal.json#";
        assertEqualUnlessNamed(journal + "breakpoints", fields(ours, "breakpoints"), fields(theirs, "breakpoints"), null);
        assertEqualUnlessNamed(journal + "tag", shapes(fields(ours, "tag")), shapes(fields(theirs, "tag")), null);
        assertThat(fields(ours, "tag")).as("tags (and so snapshot files) sort in journal order").isSorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void timePrefixesAreTheUtcTimeOfGeneration(DrizzleVector vector) throws IOException {
        JsonNode ours = JSON.readTree(VectorReplay.folder(vector).resolve("meta/_journal.json").toFile());
        for (JsonNode entry : ours.path("entries")) {
            String tag = entry.path("tag").asText();
            MigrationPrefix style = MigrationPrefix.ofDigits(TagNumbers.length(tag));
            Instant when = Instant.ofEpochMilli(entry.path("when").asLong());
            if (style == MigrationPrefix.TIMESTAMP) {
                Instant prefix = LocalDateTime.parse(prefix(tag), DateTimeFormatter.ofPattern("yyyyMMddHHmmss")).toInstant(ZoneOffset.UTC);
                // a prefix moves to the next free second after an earlier one of the same second: a few seconds at most
                assertThat(Duration.between(when, prefix).abs()).as("%s: prefix vs when %s", tag, when).isLessThan(Duration.ofMinutes(1));
            } else {
                assertThat(style).as("%s", tag).isEqualTo(MigrationPrefix.INDEX);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesDrizzleKitsFilesPlusADownFilePerGeneratedMigration(DrizzleVector vector) {
        List<String> theirTags = vector.journalTags();
        List<String> ourTags = tags(VectorReplay.folder(vector));
        List<String> expected = new ArrayList<>();
        for (String file : files(vector.migrations())) {
            String renamed = file;
            for (int i = 0; i < theirTags.size(); i++) {
                // a file named after drizzle's i-th tag (or its snapshot prefix) is named after Strata's i-th
                renamed = renamed.replace(theirTags.get(i) + ".", ourTags.get(i) + ".")
                        .replace("/" + prefix(theirTags.get(i)) + "_snapshot", "/" + prefix(ourTags.get(i)) + "_snapshot");
            }
            expected.add(renamed);
        }
        List<String> ours = files(VectorReplay.folder(vector));
        assertThat(ours.stream().filter(f -> !f.endsWith(Migration.DOWN_SUFFIX)).sorted().toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ours.stream().filter(f -> f.endsWith(Migration.DOWN_SUFFIX)).toList())
                .as("a down file beside each generated (not custom) migration")
                .hasSize((int) recipe(vector).stream().filter(l -> l.startsWith("schema ")).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedFolderBuildsTheExpectedSchemaOnAnEmptyDatabase(DrizzleVector vector, TestDatabase db) {
        StrataConfig config = StrataConfig.of(db.url(), VectorReplay.folder(vector))
                .withTracking(vector.trackingSchema(), vector.trackingTable());
        MigrateResult result = new Strata(config).migrate(MigrateOptions.defaults(), event -> { });
        assertThat(result.applied()).hasSize(vector.journalTags().size() + vector.manualNames().size());
        vector.undoManualMigrations(db);

        SchemaDump dump = SchemaDump.of(db, vector.trackingSchema());

        assertEqualUnlessNamed(vector.name() + "/expected-schema.sql", dump.lines(), vector.expectedSchema(), null);
    }

    @Test
    void everyNamedExceptionNamesAComparedFile() {
        List<String> compared = new ArrayList<>(Stream.concat(sqlFiles(), snapshots()).map(FilePair::key).toList());
        cases().forEach(v -> compared.addAll(List.of(v.name() + "/expected-schema.sql",
                v.name() + "/meta/_journal.json#breakpoints", v.name() + "/meta/_journal.json#tag")));
        assertThat(compared).containsAll(EXCEPTIONS.keySet());
    }

    /**
     * {@code ours} equals {@code theirs}, unless {@code key} is a named exception: then they differ, and an
     * {@link Differs#IN_ORDER_ONLY} exception must still pass {@code sameContent}.
     */
    private static void assertEqualUnlessNamed(String key, Object ours, Object theirs, ThrowingRunnable sameContent) {
        NamedException exception = EXCEPTIONS.get(key);
        if (exception == null) {
            assertThat(ours).as("Strata's %s vs drizzle-kit's", key).isEqualTo(theirs);
            return;
        }
        assertThat(ours).as("%s: named exception no longer occurs, remove it: %s", key, exception.reason()).isNotEqualTo(theirs);
        if (exception.differs() == Differs.IN_ORDER_ONLY) {
            try {
                sameContent.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private interface ThrowingRunnable {
        void run() throws IOException;
    }

    /** A migration's lines without breakpoint markers: the same multiset means the same statements in another order. */
    private static List<String> statements(String sql) {
        return Stream.of(sql.split("--> statement-breakpoint|\n")).map(String::strip).filter(st -> !st.isEmpty()).toList();
    }

    private static List<String> tags(Path folder) {
        try {
            return fields(JSON.readTree(folder.resolve("meta/_journal.json").toFile()), "tag");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(JsonNode journal, String field) {
        List<String> out = new ArrayList<>();
        journal.path("entries").forEach(e -> out.add(e.path(field).asText()));
        return out;
    }

    /** Tags with a time prefix written as their style ({@code <timestamp>_init}): the time differs on every run. */
    private static List<String> shapes(List<String> tags) {
        return tags.stream().map(tag -> {
            int digits = TagNumbers.length(tag);
            MigrationPrefix style = MigrationPrefix.ofDigits(digits);
            return style == null || style == MigrationPrefix.INDEX ? tag : "<" + style.setting() + ">" + tag.substring(digits);
        }).toList();
    }

    private static String prefix(String tag) {
        return tag.substring(0, tag.indexOf('_'));
    }

    private static List<String> files(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> recipe(DrizzleVector vector) {
        try {
            return Files.readAllLines(vector.dir().resolve("steps/steps"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
