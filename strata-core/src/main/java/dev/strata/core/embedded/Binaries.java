package dev.strata.core.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An unpacked PostgreSQL installation: {@code bin/}, {@code lib/}, {@code share/}.
 *
 * @param home    the folder holding {@code bin}
 * @param version the PostgreSQL version, e.g. {@code 17.2}
 */
record Binaries(Path home, String version) {
    private static final Pattern PC_VERSION = Pattern.compile("(?m)^Version:\\s*(\\S+)");

    /** The installation at {@code home}, if one is complete there. */
    static Binaries at(Path home) {
        return new Binaries(home, readVersion(home));
    }

    /** Whether {@code home} holds an unpacked installation. */
    static boolean isComplete(Path home) {
        return Files.isExecutable(home.resolve("bin/postgres")) && Files.isExecutable(home.resolve("bin/pg_ctl"))
                && Files.isExecutable(home.resolve("bin/initdb"));
    }

    /** A program in {@code bin/}. */
    String program(String name) {
        return home.resolve("bin").resolve(name).toString();
    }

    /** The major version, e.g. {@code 17}. */
    int major() {
        return Integer.parseInt(version.split("\\.")[0]);
    }

    private static String askServer(Path home) {
        // "postgres -V" is allowed as root: PostgreSQL checks the user only when it would run.
        try {
            Process p = new ProcessBuilder(home.resolve("bin/postgres").toString(), "-V").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)*)").matcher(out);
            return m.find() ? m.group(1) : "0";
        } catch (IOException e) {
            return "0";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "0";
        }
    }

    private static String readVersion(Path home) {
        // libpq.pc is a text file in every zonky build, so no process is needed to learn the version.
        Path pc = home.resolve("lib/pkgconfig/libpq.pc");
        try {
            Matcher m = PC_VERSION.matcher(Files.readString(pc));
            if (m.find()) {
                return m.group(1);
            }
        } catch (IOException e) {
            // fall through: an archive without pkgconfig still has a usable server
        }
        return askServer(home);
    }
}
