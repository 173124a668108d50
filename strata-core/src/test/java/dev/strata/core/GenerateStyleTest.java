package dev.strata.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.core.config.MigrationPrefix;
import dev.strata.core.config.MigrationStyle;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * generate's tag prefix and breakpoints (drizzle-kit's {@code migrations.prefix} and {@code breakpoints}): from its
 * options (flags) over the configuration ({@code [generate]} in strata.toml) over the folder, for generated and
 * {@code --custom} migrations and {@code strata new}.
 */
class GenerateStyleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BREAKPOINT = "--> statement-breakpoint";

    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("migrations");
    }

    /** A users table with an index, so that the migration has two statements. */
    private Schema schema(String... columns) throws IOException {
        String[] lines = new String[columns.length + 1];
        lines[0] = "t.index(\"users_email_idx\").on(t.text(\"email\"));";
        System.arraycopy(columns, 0, lines, 1, columns.length);
        return UsersSchema.load(dir, lines);
    }

    private Strata strata(MigrationStyle configured) {
        return new Strata(StrataConfig.of(null, migrations()).withMigrationStyle(configured));
    }

    private static GenerateOptions options(String name, MigrationStyle style) {
        return new GenerateOptions(name, false, List.of(), style);
    }

    private static GenerateOptions custom(String name, MigrationStyle style) {
        return new GenerateOptions(name, true, List.of(), style);
    }

    private GenerateResult generate(MigrationStyle configured, GenerateOptions options, Schema schema) {
        GenerateResult result = strata(configured).generate(schema, options);
        assertThat(result.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        return result;
    }

    private JsonNode journalEntries() throws IOException {
        return JSON.readTree(migrations().resolve("meta/_journal.json").toFile()).path("entries");
    }

    private String read(String file) throws IOException {
        return Files.readString(migrations().resolve(file));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(migrations())) {
            return walk.filter(Files::isRegularFile).map(p -> migrations().relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void eachPrefixStyleNamesTheMigrationAndItsSnapshot() throws IOException {
        record Case(MigrationPrefix prefix, String pattern) {
        }
        for (Case c : List.of(new Case(MigrationPrefix.INDEX, "0000"), new Case(MigrationPrefix.TIMESTAMP, "20\\d{12}"),
                new Case(MigrationPrefix.SUPABASE, "20\\d{12}"), new Case(MigrationPrefix.UNIX, "1\\d{9}"))) {
            Path folder = dir.resolve(c.prefix().setting());
            GenerateResult result = new Strata(StrataConfig.of(null, folder))
                    .generate(schema(), options("init", new MigrationStyle(c.prefix(), null)));

            assertThat(result.tag()).as("%s", c.prefix()).matches(c.pattern() + "_init");
            String prefix = result.tag().substring(0, result.tag().indexOf('_'));
            assertThat(folder.resolve("meta/" + prefix + "_snapshot.json")).exists();
            assertThat(folder.resolve(result.tag() + ".sql")).exists();
            assertThat(folder.resolve(result.tag() + ".down.sql")).exists();
        }
    }

    @Test
    void withoutBreakpointsStatementsAreJoinedByNewlinesAndTheJournalSaysSo() throws IOException {
        GenerateResult result = generate(MigrationStyle.FOLLOW_FOLDER, options("init", new MigrationStyle(null, false)), schema());

        String sql = read("0000_init.sql");
        assertThat(result.statements()).hasSize(2);
        assertThat(sql).doesNotContain(BREAKPOINT).isEqualTo(String.join("\n", result.statements()));
        assertThat(read("0000_init.down.sql")).doesNotContain(BREAKPOINT);
        assertThat(journalEntries().get(0).path("breakpoints").asBoolean(true)).isFalse();

        generate(MigrationStyle.FOLLOW_FOLDER, options("add_nickname", MigrationStyle.FOLLOW_FOLDER), schema("t.text(\"nickname\");"));
        assertThat(journalEntries().get(1).path("breakpoints").asBoolean(true)).as("the folder's style goes on").isFalse();
    }

    @Test
    void byDefaultStatementsAreJoinedWithBreakpoints() throws IOException {
        generate(MigrationStyle.FOLLOW_FOLDER, options("init", MigrationStyle.FOLLOW_FOLDER), schema());

        assertThat(read("0000_init.sql")).contains(BREAKPOINT);
        assertThat(journalEntries().get(0).path("breakpoints").asBoolean(false)).isTrue();
    }

    @Test
    void theConfigurationAppliesWhenNoOptionIsGivenAndOptionsWinOverIt() throws IOException {
        MigrationStyle toml = new MigrationStyle(MigrationPrefix.TIMESTAMP, false);

        GenerateResult fromFile = generate(toml, options("init", MigrationStyle.FOLLOW_FOLDER), schema());
        assertThat(fromFile.tag()).matches("\\d{14}_init");
        assertThat(read(fromFile.tag() + ".sql")).doesNotContain(BREAKPOINT);

        GenerateResult flagged = generate(toml, options("add_nickname", new MigrationStyle(MigrationPrefix.SUPABASE, true)),
                schema("t.text(\"nickname\");", "t.text(\"bio\");"));
        assertThat(flagged.tag()).matches("\\d{14}_add_nickname");
        assertThat(flagged.statements()).hasSize(2);
        assertThat(read(flagged.tag() + ".sql")).contains(BREAKPOINT);
        assertThat(journalEntries().get(1).path("breakpoints").asBoolean(false)).isTrue();
        assertThat(journalEntries().get(0).path("breakpoints").asBoolean(true)).as("earlier entry untouched").isFalse();
    }

    @Test
    void aFlagPrefixWinsOverTheFileOnANewFolder() throws IOException {
        GenerateResult result = generate(new MigrationStyle(MigrationPrefix.UNIX, null),
                options("init", new MigrationStyle(MigrationPrefix.INDEX, null)), schema());

        assertThat(result.tag()).isEqualTo("0000_init");
    }

    @Test
    void aPrefixThatContradictsTheFolderWritesNothing() throws IOException {
        generate(MigrationStyle.FOLLOW_FOLDER, options("init", MigrationStyle.FOLLOW_FOLDER), schema());
        List<String> before = files();

        assertThatThrownBy(() -> strata(MigrationStyle.FOLLOW_FOLDER)
                .generate(schema("t.text(\"nickname\");"), options(null, new MigrationStyle(MigrationPrefix.TIMESTAMP, null))))
                .isInstanceOfSatisfying(StrataException.Input.class, e ->
                        assertThat(e.problem().code()).isEqualTo("generate.prefix-mismatch"));
        assertThatThrownBy(() -> strata(new MigrationStyle(MigrationPrefix.UNIX, null))
                .generate(null, custom("seed", MigrationStyle.FOLLOW_FOLDER)))
                .as("from the configuration too, and for --custom").isInstanceOf(StrataException.Input.class);

        assertThat(files()).isEqualTo(before);
    }

    @Test
    void generatesInTheSameSecondGetSuccessivePrefixesAndChainedSnapshots() throws IOException {
        MigrationStyle timestamps = new MigrationStyle(MigrationPrefix.TIMESTAMP, null);
        generate(MigrationStyle.FOLLOW_FOLDER, options("init", timestamps), schema());
        List<String> tags = new ArrayList<>();
        // --custom writes in milliseconds: these land within one or two seconds of each other
        for (String name : List.of("a", "b", "c", "d")) {
            tags.add(generate(MigrationStyle.FOLLOW_FOLDER, custom(name, timestamps), null).tag());
        }

        List<String> prefixes = tags.stream().map(t -> t.substring(0, t.indexOf('_'))).toList();
        assertThat(prefixes).doesNotHaveDuplicates().isSorted();
        for (int i = 1; i < prefixes.size(); i++) {
            assertThat(Long.parseLong(prefixes.get(i))).as("prefix %s", prefixes.get(i)).isGreaterThan(Long.parseLong(prefixes.get(i - 1)));
        }
        List<String> snapshots = files().stream().filter(f -> f.endsWith("_snapshot.json")).toList();
        assertThat(snapshots).hasSize(5);
        String previous = null;
        for (String snapshot : snapshots) {
            JsonNode json = JSON.readTree(migrations().resolve(snapshot).toFile());
            if (previous != null) {
                assertThat(json.path("prevId").asText()).as("prevId of %s", snapshot).isEqualTo(previous);
            }
            previous = json.path("id").asText();
        }
    }

    @Test
    void customMigrationsFollowThePrefixAndBreakpoints() throws IOException {
        GenerateResult result = generate(MigrationStyle.FOLLOW_FOLDER,
                custom("seed", new MigrationStyle(MigrationPrefix.UNIX, false)), null);

        assertThat(result.tag()).matches("\\d{10}_seed");
        assertThat(migrations().resolve("meta/" + result.tag().substring(0, 10) + "_snapshot.json")).exists();
        assertThat(journalEntries().get(0).path("breakpoints").asBoolean(true)).isFalse();
        assertThat(read(result.tag() + ".sql")).startsWith(Generate.CUSTOM_PLACEHOLDER);
    }

    @Test
    void strataNewFollowsTheConfiguredStyle() throws IOException {
        NewMigrationResult result = strata(new MigrationStyle(MigrationPrefix.TIMESTAMP, false))
                .newMigration(new NewMigrationOptions("backfill", NewMigrationOptions.Type.DATA, null, false));

        assertThat(result.name()).matches("\\d{14}_backfill");
        assertThat(journalEntries().get(0).path("tag").asText()).isEqualTo(result.name());
        assertThat(journalEntries().get(0).path("breakpoints").asBoolean(true)).isFalse();
    }
}
