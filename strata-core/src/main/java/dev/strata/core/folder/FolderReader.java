package dev.strata.core.folder;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads a migrations folder, failing on the first defect with the file and the fix. */
final class FolderReader {
    private FolderReader() {
    }

    static MigrationFolder read(Path dir) {
        checkFolder(dir);
        Path journalFile = dir.resolve("meta").resolve("_journal.json");
        List<Path> sqlFiles = list(dir, "*.sql");
        List<Path> snapshots = Files.isDirectory(dir.resolve("meta")) ? list(dir.resolve("meta"), "*_snapshot.json") : List.of();
        Journal journal;
        if (Files.exists(journalFile)) {
            journal = JournalReader.read(journalFile);
        } else {
            refuseNumberedFilesWithoutJournal(dir, journalFile, sqlFiles, snapshots);
            journal = Journal.empty();
        }
        List<Migration> numbered = new ArrayList<>();
        Set<String> journaled = new HashSet<>();
        for (JournalEntry entry : journal.entries()) {
            Path file = dir.resolve(entry.tag() + ".sql");
            if (!Files.isRegularFile(file)) {
                throw new StrataException.Input(Problem.inFile("folder.missing-file", journalFile, 0,
                        "lists \"" + entry.tag() + "\" but " + file + " does not exist",
                        "restore " + file.getFileName() + " from version control, or remove its entry from the journal "
                                + "if the migration was never applied anywhere"));
            }
            numbered.add(migration(entry.tag(), Migration.Kind.JOURNAL, file, entry));
            journaled.add(file.getFileName().toString());
        }
        List<Migration> manual = new ArrayList<>();
        for (Path file : sqlFiles) {
            String fileName = file.getFileName().toString();
            if (journaled.contains(fileName) || fileName.endsWith(Migration.DOWN_SUFFIX) || fileName.startsWith(".")) {
                continue;
            }
            manual.add(migration(fileName.substring(0, fileName.length() - 4), Migration.Kind.MANUAL, file, null));
        }
        return new MigrationFolder(dir, journal, ManualOrder.merge(numbered, manual), snapshots);
    }

    private static void checkFolder(Path dir) {
        if (!Files.exists(dir)) {
            throw new StrataException.Input(Problem.inFile("folder.not-found", dir, 0, "does not exist",
                    "pass the migrations folder with --dir, or set migrations.dir in strata.toml"));
        }
        if (!Files.isDirectory(dir)) {
            throw new StrataException.Input(Problem.inFile("folder.not-a-directory", dir, 0, "is not a folder",
                    "pass the migrations folder (the one holding meta/_journal.json) with --dir"));
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new StrataException.Input(Problem.inFile("folder.unreadable", dir, 0, "cannot be read",
                    "give the user running Strata read access to the folder"));
        }
        try (Stream<Path> children = Files.list(dir)) {
            boolean drizzleV1 = children.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("\\d{14}_.+")
                    && Files.exists(p.resolve("migration.sql")));
            if (drizzleV1 && !Files.exists(dir.resolve("meta").resolve("_journal.json"))) {
                throw new StrataException.Input(Problem.inFile("folder.drizzle-v1", dir, 0,
                        "uses Drizzle 1.0's layout (one folder per migration), which Strata does not read yet",
                        "use a folder written by drizzle-kit 0.x (meta/_journal.json and NNNN_tag.sql files)"));
            }
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("folder.unreadable", dir, 0, "cannot be listed: " + e.getMessage(),
                    "give the user running Strata read access to the folder"), e);
        }
    }

    private static void refuseNumberedFilesWithoutJournal(Path dir, Path journalFile, List<Path> sql, List<Path> snapshots) {
        boolean looksDrizzle = !snapshots.isEmpty() || Files.isDirectory(dir.resolve("meta"));
        if (looksDrizzle) {
            throw new StrataException.Input(Problem.inFile("folder.missing-journal", journalFile, 0,
                    "does not exist, but the folder has a meta/ folder",
                    "restore meta/_journal.json from version control; without it Strata cannot tell numbered "
                            + "migrations from manual ones"));
        }
    }

    private static List<Path> list(Path dir, String glob) {
        List<Path> out = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(dir, glob)) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("folder.unreadable", dir, 0, "cannot be listed: " + e.getMessage(),
                    "give the user running Strata read access to the folder"), e);
        }
        out.sort(null);
        return out;
    }

    private static Migration migration(String name, Migration.Kind kind, Path file, JournalEntry entry) {
        byte[] bytes = bytes(file);
        String text = decode(file, bytes);
        return new Migration(name, kind, file, text, entry);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StrataException.Input(Problem.inFile("folder.missing-file", file, 0, "disappeared while reading",
                    "run again; if it keeps failing, check what deletes files in the folder"), e);
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("folder.unreadable", file, 0, "cannot be read: " + e.getMessage(),
                    "give the user running Strata read access to the file"), e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int offset = in.position();
            throw new StrataException.Input(Problem.inFile("file.not-utf8", file, lineOf(bytes, offset),
                    "is not UTF-8 (byte 0x" + String.format("%02X", bytes[offset] & 0xff) + " at offset " + offset + ")",
                    "convert the file to UTF-8, e.g. iconv -f LATIN1 -t UTF-8 " + file.getFileName()
                            + " > tmp && mv tmp " + file.getFileName()), e);
        } catch (CharacterCodingException e) {
            throw new StrataException.Input(Problem.inFile("file.not-utf8", file, 0, "is not UTF-8",
                    "convert the file to UTF-8"), e);
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
