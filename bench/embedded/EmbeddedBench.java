import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.embedded.EmbeddedPostgres;
import dev.strata.core.embedded.EmbeddedSettings;
import dev.strata.core.embedded.RunningServer;
import dev.strata.core.shadow.ShadowDatabase;
import dev.strata.core.shadow.ShadowDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of the embedded PostgreSQL (issue 3): cold start, warm start to first query, shadow
 * database create + drop. Not part of the test suite; run it with bench/embedded/run.sh.
 *
 * <p>Usage: {@code java -cp <strata-core classes + deps> EmbeddedBench.java [runs]}. Every run uses
 * fresh folders under a temporary root, deleted at the end; servers are stopped.
 */
public final class EmbeddedBench {
    private final Path root;
    private final int runs;

    private EmbeddedBench(Path root, int runs) {
        this.root = root;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Files.createTempDirectory("strata-bench-");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedBench bench = new EmbeddedBench(root, runs);
        try {
            System.out.printf("runs per figure: %d (cold start: %d), %d cores, %s %s, java %s%n", runs,
                    Math.max(3, runs / 3), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                    System.getProperty("os.arch"), System.getProperty("java.version"));
            bench.coldStarts();
            bench.warmStarts();
            bench.shadows();
        } finally {
            deleteTree(root);
        }
    }

    /** First use with nothing on disk: unpack binaries, initdb, start. Then first use with binaries cached. */
    private void coldStarts() throws Exception {
        List<Double> empty = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        Path sharedCache = root.resolve("cache-shared");
        for (int i = 0; i < Math.max(3, runs / 3); i++) {
            EmbeddedSettings cold = settings("cold-" + i).withBinaryCache(root.resolve("cache-" + i));
            empty.add(timeStart(cold));
            EmbeddedPostgres.withSettings(cold).stop();
            EmbeddedSettings warmCache = settings("cached-" + i).withBinaryCache(sharedCache);
            cached.add(timeStart(warmCache));
            EmbeddedPostgres.withSettings(warmCache).stop();
        }
        report("cold start: unpack + initdb + start + first query", empty);
        report("cold start, binaries already unpacked: initdb + start + first query", cached.subList(1, cached.size()));
    }

    /** The server runs already (reuse), or its data exists and it is stopped (restart). */
    private void warmStarts() throws Exception {
        EmbeddedSettings settings = settings("warm");
        EmbeddedPostgres.withSettings(settings).ensureRunning();
        List<Double> reuse = new ArrayList<>();
        List<Double> process = new ArrayList<>();
        List<Double> restart = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            reuse.add(timeStart(settings));
            process.add(timeChildProcess(settings));
        }
        for (int i = 0; i < runs; i++) {
            EmbeddedPostgres.withSettings(settings).stop();
            restart.add(timeStart(settings));
        }
        EmbeddedPostgres.withSettings(settings).stop();
        report("warm start, server running (reuse) + first query, in-process", reuse);
        report("warm start, server running (reuse) + first query, new JVM (whole process)", process);
        report("warm start, server stopped (pg_ctl start) + first query, in-process", restart);
    }

    /** ShadowDatabases.create(null, project) + close() on a running embedded server. */
    private void shadows() throws Exception {
        EmbeddedSettings settings = settings("shadow");
        RunningServer server = EmbeddedPostgres.withSettings(settings).ensureRunning();
        try {
            for (int i = 0; i < 3; i++) { // warm-up: class loading, driver, first connections
                ShadowDatabases.create(null, settings.projectDir()).close();
            }
            List<Double> api = new ArrayList<>();
            List<Double> sql = new ArrayList<>();
            for (int i = 0; i < runs * 2; i++) {
                long t0 = System.nanoTime();
                try (ShadowDatabase shadow = ShadowDatabases.create(null, settings.projectDir())) {
                    shadow.name();
                }
                api.add(millis(t0));
                try (Connection c = server.url().connect(); Statement s = c.createStatement()) {
                    long t1 = System.nanoTime();
                    s.execute("CREATE DATABASE bench_" + i + " TEMPLATE template0");
                    s.execute("DROP DATABASE bench_" + i + " WITH (FORCE)");
                    sql.add(millis(t1));
                }
            }
            report("shadow database create + drop via ShadowDatabases (reuse check, 2 connections, CREATE, DROP)", api);
            report("  of which CREATE DATABASE + DROP DATABASE alone, on one open connection", sql);
        } finally {
            EmbeddedPostgres.withSettings(settings).stop();
        }
    }

    private static double timeStart(EmbeddedSettings settings) throws Exception {
        long t0 = System.nanoTime();
        RunningServer server = EmbeddedPostgres.withSettings(settings).ensureRunning();
        firstQuery(server.url());
        return millis(t0);
    }

    private double timeChildProcess(EmbeddedSettings settings) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "EmbeddedBench", "--child",
                settings.projectDir().toString(), settings.binaryCache().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child failed");
        }
        return millis(t0);
    }

    private static void child(Path project, Path cache) throws Exception {
        RunningServer server = EmbeddedPostgres.withSettings(EmbeddedSettings.forProject(project).withBinaryCache(cache))
                .ensureRunning();
        firstQuery(server.url());
    }

    private static void firstQuery(DatabaseUrl url) throws Exception {
        try (Connection c = url.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
        }
    }

    private EmbeddedSettings settings(String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        return EmbeddedSettings.forProject(dir).withFallbackDir(root.resolve("fallback"));
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf(Locale.ROOT, "%-100s n=%2d  median %8.1f ms  min %8.1f  max %8.1f%n", what, sorted.size(),
                median, sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
