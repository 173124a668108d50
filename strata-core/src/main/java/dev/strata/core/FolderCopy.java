package dev.strata.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A scratch copy of a migrations folder, for work that must not touch the real one until it succeeded. */
final class FolderCopy {
    private FolderCopy() {
    }

    /** Copies {@code dir} (files and subfolders) into a new temporary folder and returns it. */
    static Path toTemp(Path dir) {
        try {
            Path copy = Files.createTempDirectory("strata-folder-");
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(dir)) {
                sources = walk.toList();
            }
            for (Path source : sources) {
                Path target = copy.resolve(dir.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new StrataException.Input(Problem.of("folder.copy-failed", "cannot copy " + dir + " to a temporary folder: "
                    + e.getMessage(), "check free space in " + System.getProperty("java.io.tmpdir")));
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException.Input(Problem.of("folder.copy-failed", "cannot read " + file + ": " + e.getMessage(),
                    "check free space in " + System.getProperty("java.io.tmpdir")));
        }
    }

    /** Deletes the copy; a failure here only leaves a temporary folder behind, so it is not an error. */
    static void delete(Path copy) {
        try (Stream<Path> walk = Files.walk(copy)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the system's temporary folder is cleaned eventually
        }
    }
}
