package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same schema and answers give the same migration in every process. Each JVM iterates {@code Map.of} and
 * {@code Set.of} in its own random order, so this runs the packaged CLI three times, in three processes, and
 * compares the files byte for byte (the snapshot apart from its fresh id and the journal apart from its time).
 */
class GenerateDeterminismIT {
    private static final String HEADER = "import dev.strata.core.source.dsl.*;\nimport static dev.strata.core.source.dsl.Dsl.*;\n";
    private static final String BEFORE = HEADER + """
            public final class Shop {
                public static final PgSchema billing = pgSchema("billing");
                public static final PgEnum mood = pgEnum("mood", "calm", "happy", "sad");
                public static final PgSequence counter = pgSequence("counter");
                public static final PgTable a = table("a", t -> {
                    t.serial("id").primaryKey();
                    var x = t.text("x").unique();
                    t.index().on(x);
                    t.integer("n").notNull().defaultValue(0);
                    t.check("a_n_check", "n >= 0");
                });
                public static final PgTable b = table("b", t -> {
                    t.serial("id").primaryKey();
                    var x = t.text("x").unique();
                    t.index().on(x);
                    t.enumColumn("mood", mood);
                    t.integer("a_id").references(a.column("id")).onDelete(CASCADE);
                    t.comment("the b table");
                });
                public static final PgTable invoices = billing.table("invoices", t -> {
                    t.uuid("id").primaryKey().defaultRandom();
                    t.text("full_name");
                    t.numeric("amount", 12, 2).notNull();
                    t.integer("b_id").references(b.column("id"));
                    t.enableRls();
                    t.policy("own").using(sql("true"));
                });
                public static final PgView recent = pgView("recent").as("select id, x from a");
            }
            """;
    private static final String AFTER = HEADER + """
            public final class Shop {
                public static final PgSchema billing = pgSchema("billing");
                public static final PgEnum feeling = pgEnum("feeling", "calm", "happy", "sad", "bored");
                public static final PgSequence counter = pgSequence("counter");
                public static final PgTable b = table("b", t -> {
                    t.serial("id").primaryKey();
                    var x = t.text("x").unique();
                    t.index().on(x);
                    t.integer("n").notNull().defaultValue(0);
                    t.check("b_n_check", "n >= 0");
                    t.text("note");
                });
                public static final PgTable c = table("c", t -> {
                    t.serial("id").primaryKey();
                    var x = t.text("x").unique();
                    t.index().on(x);
                    t.enumColumn("mood", feeling);
                    t.integer("a_id").references(b.column("id")).onDelete(CASCADE);
                    t.comment("the c table");
                });
                public static final PgTable invoices = billing.table("invoices", t -> {
                    t.uuid("id").primaryKey().defaultRandom();
                    t.text("display_name");
                    t.numeric("amount", 14, 2).notNull();
                    t.integer("b_id").references(c.column("id"));
                    t.enableRls();
                    t.policy("own").using(sql("true"));
                    t.policy("all").to("public").using(sql("amount > 0"));
                });
                public static final PgView latest = pgView("latest").as("select id, x from b");
            }
            """;
    private static final List<String> ANSWERS = List.of("--rename", "table:public.a=b", "--rename", "table:public.b=c",
            "--rename", "enum:public.mood=feeling", "--rename", "column:billing.invoices.full_name=display_name",
            "--rename", "view:public.recent=latest");

    @TempDir
    Path dir;

    @Test
    void threeProcessesWriteTheSameMigration() throws Exception {
        Files.createDirectories(dir.resolve("before"));
        Files.createDirectories(dir.resolve("after"));
        Files.writeString(dir.resolve("before/Shop.java"), BEFORE);
        Files.writeString(dir.resolve("after/Shop.java"), AFTER);
        run("generate", "--schema", "before", "--dir", "base", "--name", "init");

        List<List<String>> folders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            copy(dir.resolve("base"), dir.resolve("run" + i));
            List<String> args = new ArrayList<>(List.of("generate", "--yes", "--schema", "after", "--dir", "run" + i, "--name", "change"));
            args.addAll(ANSWERS);
            run(args.toArray(String[]::new));
            folders.add(contents(dir.resolve("run" + i)));
        }

        assertThat(folders.get(0)).anySatisfy(f -> assertThat(f).contains("0001_change.sql", "ALTER TABLE \"b\" RENAME TO \"c\""));
        assertThat(folders.get(1)).isEqualTo(folders.get(0));
        assertThat(folders.get(2)).isEqualTo(folders.get(0));
    }

    /** Every file of the folder, named, its text with the run's own id and time taken out. */
    private static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(f).replaceAll("\"id\": \"[0-9a-f-]{36}\"", "\"id\": ID")
                        .replaceAll("\"prevId\": \"[0-9a-f-]{36}\"", "\"prevId\": ID").replaceAll("\"when\": \\d+", "\"when\": T");
                out.add(folder.relativize(f) + "\n" + text);
            }
            return out;
        }
    }

    private void run(String... args) throws Exception {
        Path log = Files.createTempFile(dir, "strata", ".log");
        Process p = StrataProcess.start(dir, log, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("strata %s finished", List.of(args)).isTrue();
        assertThat(p.exitValue()).as("strata %s: %s", List.of(args), Files.readString(log)).isZero();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
