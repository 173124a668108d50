package dev.strata.core.config;

import dev.strata.core.StrataException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationPrefixTest {
    @Test
    void readsDrizzleKitsWords() {
        assertThat(MigrationPrefix.parse("index", "--prefix", null)).isEqualTo(MigrationPrefix.INDEX);
        assertThat(MigrationPrefix.parse("timestamp", "--prefix", null)).isEqualTo(MigrationPrefix.TIMESTAMP);
        assertThat(MigrationPrefix.parse("supabase", "--prefix", null)).isEqualTo(MigrationPrefix.SUPABASE);
        assertThat(MigrationPrefix.parse(" Unix ", "--prefix", null)).isEqualTo(MigrationPrefix.UNIX);
    }

    @Test
    void noneIsRefusedSayingWhyAndWhereItWasSet() {
        Path toml = Path.of("strata.toml");
        assertThatThrownBy(() -> MigrationPrefix.parse("none", "[generate] prefix", toml))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("config.prefix-none");
                    assertThat(e.problem().file()).isEqualTo(toml);
                    assertThat(e.problem().message()).contains("[generate] prefix", "meta/_snapshot.json", "skips");
                    assertThat(e.problem().fix()).contains("index", "timestamp", "unix");
                });
    }

    @Test
    void anUnknownWordIsRefused() {
        assertThatThrownBy(() -> MigrationPrefix.parse("date", "--prefix", null))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("config.bad-prefix");
                    assertThat(e.problem().message()).contains("--prefix \"date\"");
                });
    }

    @Test
    void aTagsStyleComesFromItsDigits() {
        assertThat(MigrationPrefix.ofDigits(4)).isEqualTo(MigrationPrefix.INDEX);
        assertThat(MigrationPrefix.ofDigits(5)).as("migration 10000").isEqualTo(MigrationPrefix.INDEX);
        assertThat(MigrationPrefix.ofDigits(10)).isEqualTo(MigrationPrefix.UNIX);
        assertThat(MigrationPrefix.ofDigits(14)).isEqualTo(MigrationPrefix.TIMESTAMP);
        assertThat(MigrationPrefix.ofDigits(0)).isNull();
    }

    @Test
    void onlyTimestampAndSupabaseSortTogether() {
        assertThat(MigrationPrefix.SUPABASE.sortsWith(MigrationPrefix.TIMESTAMP)).isTrue();
        assertThat(MigrationPrefix.INDEX.sortsWith(MigrationPrefix.TIMESTAMP)).isFalse();
        assertThat(MigrationPrefix.UNIX.sortsWith(MigrationPrefix.TIMESTAMP)).isFalse();
        assertThat(MigrationPrefix.UNIX.sortsWith(MigrationPrefix.UNIX)).isTrue();
    }
}
