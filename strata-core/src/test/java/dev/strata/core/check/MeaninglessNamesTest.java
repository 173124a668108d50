package dev.strata.core.check;

import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MeaninglessNamesTest {
    @Test
    void drizzleKitsMadeUpNamesSayNothing() {
        assertThat(MeaninglessNames.saysNothing("lying_namor", "ALTER TABLE \"users\" ADD COLUMN \"email\" text;")).isTrue();
        assertThat(MeaninglessNames.saysNothing("nice_lady_deathstrike", "CREATE TABLE \"orders\" (\"id\" serial);")).isTrue();
    }

    @Test
    void namesWithVocabularyOrObjectsOfTheirSqlAreDescriptive() {
        assertThat(MeaninglessNames.saysNothing("add_email", "SELECT 1;")).isFalse();
        assertThat(MeaninglessNames.saysNothing("users_email", "ALTER TABLE \"users\" ADD COLUMN \"email\" text;")).isFalse();
        assertThat(MeaninglessNames.saysNothing("orders_index", "SELECT 1;")).isFalse();
    }

    @Test
    void oneWordNamesAreLeftToTheOtherRules() {
        assertThat(MeaninglessNames.saysNothing("wolverine", "SELECT 1;")).isFalse();
    }

    @Test
    void everyNameTheVectorsGaveExplicitlyIsDescriptive() throws IOException {
        // check-collision's branch_a/branch_b label test branches, not changes: a warning there is right.
        Pattern numbered = Pattern.compile("^(\\d{4,})_(.*)\\.sql$");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Vectors.dir())) {
            files = walk.filter(p -> p.getParent().getFileName().toString().equals("migrations")
                    && !p.getParent().getParent().getFileName().toString().equals("pull")
                    && !p.toString().contains("check-collision")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Matcher m = numbered.matcher(file.getFileName().toString());
            if (m.matches()) {
                assertThat(MeaninglessNames.saysNothing(m.group(2), Files.readString(file))).as(file.toString()).isFalse();
            }
        }
    }
}
