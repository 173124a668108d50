package dev.strata.studio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StudioTokenTest {
    @Test
    void isThirtyTwoRandomBytesInBase64Url() {
        String a = StudioToken.random();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(StudioToken.random()).isNotEqualTo(a);
    }

    @Test
    void matchesOnlyTheSameText() {
        String t = StudioToken.random();
        assertThat(StudioToken.matches(t, t)).isTrue();
        assertThat(StudioToken.matches(t, t + "x")).isFalse();
        assertThat(StudioToken.matches(t, t.substring(1))).isFalse();
        assertThat(StudioToken.matches(t, null)).isFalse();
        assertThat(StudioToken.matches(t, "")).isFalse();
    }
}
