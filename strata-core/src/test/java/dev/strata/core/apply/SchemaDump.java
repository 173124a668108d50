package dev.strata.core.apply;

import dev.strata.testing.ExternalTool;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database's schema as the drizzle vectors record it: {@code pg_dump -s --no-owner
 * --no-privileges --exclude-schema=<tracking schema>}, minus {@code SET}, {@code SELECT
 * pg_catalog.}, {@code --} comment, backslash-restrict/unrestrict and blank lines
 * (shared/vectors/drizzle/README.md).
 * <p>
 * Without {@code pg_dump} on the PATH, or with one too old for the server, the test is aborted —
 * except under {@code CI=true}, where it fails. A pg_dump of another major version than the server
 * still dumps; {@link #versionNote()} says so, for failure messages.
 *
 * @param lines       the normalised dump
 * @param versionNote empty when pg_dump and the server have the same major version, else a warning
 */
record SchemaDump(List<String> lines, String versionNote) {
    private static final Pattern MAJOR = Pattern.compile("(\\d+)(?:\\.\\d+)?");
    private static String pgDumpVersion;

    static SchemaDump of(TestDatabase db, String excludeSchema) {
        String pgDump = pgDumpVersion();
        int serverMajor = Integer.parseInt(db.value("SHOW server_version_num")) / 10000;
        String note = majorOf(pgDump) == serverMajor ? ""
                : " [note: pg_dump is " + pgDump + " but the server is PostgreSQL " + serverMajor
                + "; a difference may come from the version mismatch alone]";
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("strata-pg-dump-", ".sql");
            err = Files.createTempFile("strata-pg-dump-", ".err");
            Process p = new ProcessBuilder("pg_dump", "-s", "--no-owner", "--no-privileges",
                    "--exclude-schema=" + excludeSchema, db.url().libpqUrl())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                Assertions.fail("pg_dump of " + db.name() + " did not finish within 2 minutes");
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                if (stderr.contains("server version mismatch")) {
                    ExternalTool.unavailable("a usable pg_dump", "pg_dump " + pgDump + " cannot dump PostgreSQL " + serverMajor
                            + " (too old): install a pg_dump of major version " + serverMajor + " or newer\n" + stderr);
                }
                Assertions.fail("pg_dump of " + db.name() + " failed (exit " + p.exitValue() + "):\n" + stderr);
            }
            return new SchemaDump(normalise(Files.readAllLines(out, StandardCharsets.UTF_8)), note);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run pg_dump", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_dump", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** The vectors' normalisation; idempotent, so it may be applied to expected files as well. */
    static List<String> normalise(List<String> dump) {
        return dump.stream()
                .filter(line -> !line.isBlank())
                .filter(line -> !line.startsWith("SET "))
                .filter(line -> !line.startsWith("SELECT pg_catalog."))
                .filter(line -> !line.startsWith("--"))
                .filter(line -> !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
                .toList();
    }

    /** {@code pg_dump --version}'s number, e.g. {@code 15.20}; decided once per JVM. */
    private static synchronized String pgDumpVersion() {
        if (pgDumpVersion == null) {
            if (!ExternalTool.onPath("pg_dump")) {
                ExternalTool.unavailable("a usable pg_dump", "`pg_dump` is not on the PATH; the schema comparison with the drizzle vectors needs it "
                        + "(Debian: apt-get install postgresql-client)");
            }
            try {
                Process p = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(30, TimeUnit.SECONDS);
                Matcher m = MAJOR.matcher(text);
                if (!m.find()) {
                    Assertions.fail("cannot read pg_dump's version from: " + text);
                }
                pgDumpVersion = m.group();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run pg_dump --version", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return pgDumpVersion;
    }

    private static int majorOf(String version) {
        Matcher m = MAJOR.matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }
}
