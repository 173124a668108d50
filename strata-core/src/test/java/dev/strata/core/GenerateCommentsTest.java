package dev.strata.core;

import dev.strata.core.config.StrataConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A DSL {@code .comment(...)} reaches the migration: with a new column, as a change of its own, and in the down file. */
class GenerateCommentsTest {
    @TempDir
    Path dir;

    private GenerateResult generate(String name, String... lines) throws IOException {
        return new Strata(StrataConfig.of(null, dir.resolve("migrations")))
                .generate(UsersSchema.load(dir, lines), new GenerateOptions(name, false, List.of()));
    }

    private String file(String name) throws IOException {
        return Files.readString(dir.resolve("migrations").resolve(name));
    }

    @Test
    void aCommentIsWrittenWithItsColumnThenChangedAndTheDownPutsItBack() throws IOException {
        generate("init", "t.text(\"email\").comment(\"where we write\");");
        GenerateResult changed = generate("reword", "t.text(\"email\").comment(\"where we write to, if we must\");");

        assertThat(file("0000_init.sql")).contains("COMMENT ON COLUMN \"public\".\"users\".\"email\" IS 'where we write';");
        assertThat(changed.outcome()).isEqualTo(GenerateResult.Outcome.WRITTEN);
        assertThat(file("0001_reword.sql").strip())
                .isEqualTo("COMMENT ON COLUMN \"public\".\"users\".\"email\" IS 'where we write to, if we must';");
        assertThat(file("0001_reword.down.sql")).contains("IS 'where we write';");
    }

    @Test
    void anUnchangedCommentIsNoChangeAndARemovedOneIsSetToNull() throws IOException {
        generate("init", "t.text(\"email\").comment(\"where we write\");");

        GenerateResult same = generate("same", "t.text(\"email\").comment(\"where we write\");");
        generate("removed", "t.text(\"email\");");

        assertThat(same.outcome()).isEqualTo(GenerateResult.Outcome.NO_CHANGES);
        assertThat(file("0001_removed.sql")).contains("COMMENT ON COLUMN \"public\".\"users\".\"email\" IS NULL;");
    }
}
