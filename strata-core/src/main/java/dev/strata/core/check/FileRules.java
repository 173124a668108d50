package dev.strata.core.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Rules over the folder's .sql files: duplicate numbers, files the journal lacks, names, encoding. */
final class FileRules {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{4,})_(.*)\\.sql$");
    private static final Pattern SNAKE = Pattern.compile("[a-z0-9_]+");

    private FileRules() {
    }

    static void check(Path dir, RawJournal journal, List<Diagnostic> out) throws IOException {
        Set<String> journaled = journal.entries().stream().map(e -> e.tag() + ".sql").collect(Collectors.toSet());
        Map<String, List<Path>> byNumber = new TreeMap<>();
        List<Path> files = sqlFiles(dir);
        for (Path file : files) {
            String name = file.getFileName().toString();
            Matcher m = NUMBERED.matcher(name);
            if (m.matches()) {
                byNumber.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
                if (!SNAKE.matcher(m.group(2)).matches()) {
                    out.add(Diagnostic.warning("name.not-snake-case", file, "\"" + m.group(2) + "\" is not snake_case",
                            "name migrations in lower snake_case (letters, digits, _)"));
                }
            }
            if (!journaled.contains(name)) {
                out.add(m.matches()
                        ? Diagnostic.warning("folder.unjournaled", file, "is numbered but not in meta/_journal.json: drizzle "
                        + "never applies it; Strata applies it as a manual migration", "add it to the journal if it belongs to "
                        + "the numbered history, or drop the number to make it a plain manual migration")
                        : Diagnostic.info("manual.listed", file, "manual migration (not in the journal): applied and tracked by Strata only"));
            }
            String text = utf8Text(file, out);
            if (m.matches() && text != null && MeaninglessNames.saysNothing(m.group(2), text)) {
                out.add(Diagnostic.warning("name.meaningless", file, "\"" + m.group(2) + "\" says nothing about what the migration "
                        + "does (it looks like a name drizzle-kit made up)", "name migrations after their change "
                        + "(strata generate --name add_users_email_index); one already applied may keep its name"));
            }
        }
        byNumber.forEach((number, same) -> {
            if (same.size() > 1) {
                out.add(Diagnostic.error("numbering.duplicate", same.get(1), same.size() + " migrations are numbered " + number + ": "
                        + same.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")),
                        "renumber all but one after the highest number: file name, journal idx and tag, snapshot file and prevId"));
            }
        });
    }

    private static List<Path> sqlFiles(Path dir) throws IOException {
        try (var stream = Files.list(dir)) {
            return stream.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql")
                    && !p.getFileName().toString().endsWith(dev.strata.core.folder.Migration.DOWN_SUFFIX) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** The file's text, or {@code null} (and an error) when it is not UTF-8. */
    private static String utf8Text(Path file, List<Diagnostic> out) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            out.add(Diagnostic.error("file.not-utf8", file, "is not UTF-8", "convert it to UTF-8 (iconv -f LATIN1 -t UTF-8)"));
            return null;
        }
    }
}
