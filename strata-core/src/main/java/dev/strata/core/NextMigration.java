package dev.strata.core;

import dev.strata.core.config.MigrationPrefix;
import dev.strata.core.config.MigrationStyle;
import dev.strata.core.folder.Journal;
import dev.strata.core.folder.JournalEntry;
import dev.strata.core.folder.JournalWriter;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.folder.TagNumbers;
import dev.strata.core.source.snapshot.Snapshot;
import dev.strata.core.source.snapshot.SnapshotJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The next numbered migration of a folder, as drizzle-kit names it: its tag prefix in the folder's style or the
 * one asked for ({@link MigrationPrefix}), the next idx, a {@code when} after every earlier one, the snapshot file
 * that goes with it, and whether its statements are joined with breakpoints.
 * <p>
 * A time prefix has 1-second resolution; so that two migrations never share a tag prefix or a snapshot file, and
 * file-name order stays journal order, a prefix that would not sort after every tag and snapshot of the folder is
 * moved to the second after the latest of them.
 *
 * @param folder      the folder as it is (an empty one when it does not exist yet)
 * @param tag         {@code <prefix>_name}
 * @param prefix      the part of the tag before {@code _} ({@code 0007}), which also names the snapshot file
 * @param breakpoints whether the statements are joined with {@code --> statement-breakpoint}
 * @param when        the journal entry's {@code when}: now in epoch ms, after every earlier entry's
 */
record NextMigration(MigrationFolder folder, String tag, String prefix, boolean breakpoints, long when) {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    static NextMigration in(Path dir, String name, MigrationStyle style, Clock clock) {
        return unchecked(dir, name, style, clock).refuseExisting();
    }

    /** As {@link #in}, without refusing an existing file yet: for a name still to be decided ({@link #named}). */
    static NextMigration unchecked(Path dir, String name, MigrationStyle style, Clock clock) {
        MigrationFolder folder = Files.isDirectory(dir) ? MigrationFolder.read(dir)
                : new MigrationFolder(dir, Journal.empty(), List.of(), List.of());
        List<JournalEntry> entries = folder.journal().entries();
        JournalEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        String prefix = switch (prefixStyle(folder, last, style.prefix())) {
            case INDEX -> String.format("%04d", entries.stream().mapToInt(e -> TagNumbers.orMinusOne(e.tag())).max().orElse(-1) + 1);
            case TIMESTAMP, SUPABASE -> TIMESTAMP.format(second(folder, MigrationPrefix.TIMESTAMP, clock).atOffset(ZoneOffset.UTC));
            case UNIX -> Long.toString(second(folder, MigrationPrefix.UNIX, clock).getEpochSecond());
        };
        boolean breakpoints = style.breakpoints() != null ? style.breakpoints() : last == null || last.breakpoints();
        long lastWhen = entries.stream().mapToLong(JournalEntry::when).max().orElse(0);
        return new NextMigration(folder, prefix + "_" + name, prefix, breakpoints, Math.max(clock.millis(), lastWhen + 1));
    }

    /**
     * The prefix style of the new migration: the one asked for, else the folder's (its last tag's), else index.
     * Refuses a style that would not sort with the folder's tags, and a folder whose tags have no number.
     */
    private static MigrationPrefix prefixStyle(MigrationFolder folder, JournalEntry last, MigrationPrefix asked) {
        if (last == null) {
            return asked == null ? MigrationPrefix.INDEX : asked;
        }
        MigrationPrefix used = MigrationPrefix.ofDigits(TagNumbers.length(last.tag()));
        Path journal = folder.dir().resolve("meta/_journal.json");
        if (used == null) {
            throw new StrataException.Input(new Problem("generate.unnumbered-folder", journal, 0, null, null,
                    "the folder's last migration " + last.tag() + " has no number before its name (drizzle-kit's prefix none), "
                            + "so its snapshot meta/_snapshot.json was overwritten by every such migration and sorts after "
                            + "numbered ones; the next migration cannot be placed after it",
                    null, "give the migrations numbered tags (rename each file and its journal tag, e.g. 0000" + last.tag()
                    + ", and meta/_snapshot.json after the last one), then run strata check", "nothing was written"));
        }
        if (asked == null || asked.sortsWith(used)) {
            return asked == null ? used : asked;
        }
        throw new StrataException.Input(new Problem("generate.prefix-mismatch", journal, 0, null, null,
                "prefix " + asked.setting() + " was asked for, but the folder's last migration " + last.tag() + " has a "
                        + used.shape() + " prefix; mixing them breaks the file-name order by which drizzle-kit finds "
                        + "the last snapshot",
                null, "continue the folder's style: pass --prefix " + used.setting() + ", or leave --prefix and [generate] "
                + "prefix in strata.toml unset", "nothing was written"));
    }

    /**
     * Now to the second, or the second after the latest tag or snapshot of the folder written in the same style
     * when that is not earlier: two generates within one second (or after the clock went back) get distinct
     * prefixes that sort in journal order.
     */
    private static Instant second(MigrationFolder folder, MigrationPrefix style, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int digits = style == MigrationPrefix.UNIX ? MigrationPrefix.UNIX_DIGITS : MigrationPrefix.TIMESTAMP_DIGITS;
        Optional<Instant> latest = Stream.concat(
                        folder.journal().entries().stream().map(JournalEntry::tag),
                        folder.snapshots().stream().map(p -> p.getFileName().toString()))
                .filter(name -> TagNumbers.length(name) == digits)
                .map(name -> instant(name.substring(0, digits), style))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return latest.filter(t -> !t.isBefore(now)).map(t -> t.plusSeconds(1)).orElse(now);
    }

    /** The time a prefix of {@code style} stands for; empty when the digits are no such time. */
    private static Optional<Instant> instant(String digits, MigrationPrefix style) {
        if (style == MigrationPrefix.UNIX) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(digits)));
        }
        try {
            return Optional.of(LocalDateTime.parse(digits, TIMESTAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The same migration under another name, without reading the folder again. */
    NextMigration named(String name) {
        return new NextMigration(folder, prefix + "_" + name, prefix, breakpoints, when).refuseExisting();
    }

    NextMigration refuseExisting() {
        if (Files.exists(sqlFile())) {
            throw new StrataException.Input(new Problem("migration.exists", sqlFile(), 0, null, null, sqlFile() + " already exists",
                    null, "choose another --name", "nothing was written"));
        }
        return this;
    }

    Path dir() {
        return folder.dir();
    }

    Path sqlFile() {
        return dir().resolve(tag + ".sql");
    }

    Path downFile() {
        return dir().resolve(tag + dev.strata.core.folder.Migration.DOWN_SUFFIX);
    }

    Path snapshotFile() {
        return dir().resolve("meta").resolve(prefix + "_snapshot.json");
    }

    /** The tag of the migration before this one, or {@code null} for the first. */
    String previousTag() {
        List<JournalEntry> entries = folder.journal().entries();
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).tag();
    }

    /** The folder's newest snapshot, if it keeps any. */
    Optional<Snapshot> lastSnapshot() {
        return folder.snapshots().stream().max(Comparator.comparing(p -> p.getFileName().toString())).map(SnapshotJson::read);
    }

    /** The journal text with this migration's entry appended. */
    String journalWithEntry() {
        List<JournalEntry> entries = folder.journal().entries();
        List<JournalEntry> next = new ArrayList<>(entries);
        next.add(new JournalEntry(entries.isEmpty() ? 0 : entries.get(entries.size() - 1).idx() + 1, "7", when, tag, breakpoints));
        return JournalWriter.write(new Journal("7", "postgresql", next));
    }
}
