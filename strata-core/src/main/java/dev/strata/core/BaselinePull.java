package dev.strata.core;

import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.folder.Journal;
import dev.strata.core.folder.JournalEntry;
import dev.strata.core.folder.JournalWriter;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.render.BaselineRenderer;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.core.source.snapshot.ModelToSnapshot;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import dev.strata.core.source.dsl.JavaSchemaWriter;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@code strata pull}: reads a live database and starts a migrations folder from it — a baseline
 * migration that recreates the schema, its snapshot (as drizzle-kit's pull writes it: id all zeros,
 * prevId empty) and a one-entry journal. Only ever starts a folder: one holding migrations is refused.
 */
final class BaselinePull {
    static final String BREAKPOINT = "\n--> statement-breakpoint\n";

    private BaselinePull() {
    }

    static PullResult run(Path dir, DatabaseUrl url, String trackingSchema, PullOptions options) {
        refuseStartedFolder(dir);
        Schema schema;
        try (Connection c = url.connect()) {
            schema = LiveDatabaseSource.read(c, new InspectFilter(options.schemas(), options.tables(), trackingSchema));
        } catch (SQLException e) {
            throw Strata.closeFailure(e, "check the server log; nothing was written");
        }
        String tag = "0000_" + options.name();
        String snapshot = SnapshotJson.write(ModelToSnapshot.snapshot(schema).withIds(Snapshot.ORIGIN_ID, ""));
        List<String> statements = BaselineRenderer.statements(schema);
        String sql = header(url) + String.join(BREAKPOINT, statements) + "\n";
        Journal journal = new Journal("7", "postgresql", List.of(new JournalEntry(0, "7", System.currentTimeMillis(), tag, true)));
        FileWrites files = new FileWrites("pull");
        files.write(dir.resolve(tag + ".sql"), sql);
        files.write(dir.resolve("meta/0000_snapshot.json"), snapshot);
        files.write(dir.resolve("meta/_journal.json"), JournalWriter.write(journal));
        if (options.java() != null) {
            String className = options.java().getFileName().toString().replaceFirst("\\.java$", "");
            files.write(options.java(), JavaSchemaWriter.write(schema, packageOf(options.java()), className));
        }
        return new PullResult(tag, schema, statements.size(), files.written());
    }

    /** {@code src/main/java/com/acme/db/Schema.java} → {@code com.acme.db}; no {@code java} folder → no package. */
    static String packageOf(Path javaFile) {
        Path parent = javaFile.toAbsolutePath().normalize().getParent();
        List<String> parts = new java.util.ArrayList<>();
        for (Path p = parent; p != null && p.getFileName() != null; p = p.getParent()) {
            if (p.getFileName().toString().equals("java")) {
                java.util.Collections.reverse(parts);
                return String.join(".", parts);
            }
            parts.add(p.getFileName().toString());
        }
        return "";
    }

    private static String header(DatabaseUrl url) {
        return "-- Baseline pulled by Strata from " + url.redacted() + ": recreates the schema on an empty database.\n"
                + "-- The database it came from already has it: record it there with `strata baseline --to <tag>`.\n";
    }

    private static void refuseStartedFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> top = Files.list(dir); Stream<Path> meta = Files.isDirectory(dir.resolve("meta"))
                ? Files.list(dir.resolve("meta")) : Stream.empty()) {
            List<String> found = Stream.concat(top.filter(p -> p.toString().endsWith(".sql")),
                    meta.filter(p -> p.getFileName().toString().endsWith(".json"))).map(p -> dir.relativize(p).toString())
                    .sorted().limit(3).toList();
            if (!found.isEmpty()) {
                throw new StrataException.Input(new Problem("pull.folder-not-empty", dir, 0, null, null,
                        "pull starts a migrations folder, and " + dir + " already has " + String.join(", ", found),
                        null, "pull into an empty folder (--dir new/folder); to change an existing folder use strata generate",
                        "nothing was written"));
            }
        } catch (IOException e) {
            throw new StrataException.Input(Problem.of("pull.folder-unreadable", "cannot read " + dir + ": " + e.getMessage(),
                    "check the folder's permissions"));
        }
    }
}
