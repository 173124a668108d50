package dev.strata.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code --json} documents print their keys in the order the command gives them, the same on every run. */
class JsonTest {
    @Test
    void anObjectKeepsTheOrderOfItsKeys() {
        String text = Json.write(Json.object("status", "ok", "wasRunning", true, "pid", 42, "a", 1, "z", 2, "m", 3));

        assertThat(text.replaceAll("\\s+", "")).isEqualTo("{\"status\":\"ok\",\"wasRunning\":true,\"pid\":42,\"a\":1,\"z\":2,\"m\":3}");
    }
}
