package dev.strata.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the files of one command ({@code pull}, {@code new}) through a temporary file and a rename
 * each, so a killed run never leaves half a file, and remembers what it wrote for the error or result.
 */
final class FileWrites {
    private final String command;
    private final List<Path> written = new ArrayList<>();

    FileWrites(String command) {
        this.command = command;
    }

    void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            written.add(file);
        } catch (IOException e) {
            throw new StrataException.Input(new Problem(command + ".write-failed", file, 0, null, null,
                    "cannot write " + file + ": " + e.getMessage(), null, "check free space and the folder's permissions",
                    written.isEmpty() ? "nothing was written" : "already written: " + written));
        }
    }

    List<Path> written() {
        return List.copyOf(written);
    }
}
