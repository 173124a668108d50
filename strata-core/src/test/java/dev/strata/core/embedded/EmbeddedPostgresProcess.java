package dev.strata.core.embedded;

import java.nio.file.Path;

/**
 * A second process for tests: ensures the embedded server of a project runs, prints
 * {@code <start> <pid> <port>}, then exits or, with {@code hold}, waits to be killed.
 */
public final class EmbeddedPostgresProcess {
    private EmbeddedPostgresProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedSettings settings = EmbeddedSettings.forProject(Path.of(args[0]))
                .withBinaryCache(Path.of(args[1])).withFallbackDir(Path.of(args[2]));
        RunningServer server = EmbeddedPostgres.withSettings(settings).ensureRunning();
        System.out.println(server.start() + " " + server.pid() + " " + server.port());
        System.out.flush();
        if (args.length > 3 && args[3].equals("hold")) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Starts this class in a new JVM. */
    static Process launch(TestProject project, String... extra) throws java.io.IOException {
        var command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresProcess.class.getName(),
                project.dir().toString(), TestProject.BINARIES.toString(), project.root().resolve("fallback").toString()));
        command.addAll(java.util.List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
