package dev.strata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the packaged CLI ({@code target/strata.jar}) as a separate process, as a user would. */
final class StrataProcess {
    private StrataProcess() {
    }

    static Process start(Path workingDir, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("DATABASE_URL");
        return pb.start();
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("strata.jar", "target/strata.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no " + jar + ": run the integration tests with mvn verify (after package)");
        }
        return jar;
    }
}
