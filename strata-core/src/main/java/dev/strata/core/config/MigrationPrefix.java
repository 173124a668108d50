package dev.strata.core.config;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How a new migration's tag starts, drizzle-kit's {@code migrations.prefix} ({@code --prefix}). The prefix
 * also names the migration's snapshot file ({@code meta/<prefix>_snapshot.json}), and drizzle-kit takes the
 * snapshot whose file name sorts last as the previous one, so one folder keeps one style.
 * <p>
 * drizzle-kit's fifth style, {@code none}, is refused ({@link #parse}): it names every snapshot
 * {@code meta/_snapshot.json}, so each migration overwrites the one before, and drizzle-kit's own folder reader
 * skips files starting with {@code _} — its next generate would diff against an empty schema.
 */
public enum MigrationPrefix {
    /** {@code 0007}: the migration's number, zero-padded to 4 digits. drizzle-kit's default. */
    INDEX,
    /** {@code 20261125012546}: the UTC date and time of generation, to the second. */
    TIMESTAMP,
    /** The same as {@link #TIMESTAMP} (drizzle-kit's name for the Supabase CLI's style). */
    SUPABASE,
    /** {@code 1795569946}: seconds since 1970-01-01 UTC at generation. */
    UNIX;

    /** The digits of a {@link #TIMESTAMP} prefix. */
    public static final int TIMESTAMP_DIGITS = 14;
    /** The digits of a {@link #UNIX} prefix (until the year 2286). */
    public static final int UNIX_DIGITS = 10;

    /** The word drizzle-kit and strata.toml use: {@code index}, {@code timestamp}, {@code supabase}, {@code unix}. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether tags of this style and of {@code other} sort together by file name (timestamp and supabase do). */
    public boolean sortsWith(MigrationPrefix other) {
        return family() == other.family();
    }

    /**
     * The style of an existing tag by its leading digits: 14 → {@link #TIMESTAMP}, 10 → {@link #UNIX}, any other
     * count → {@link #INDEX}. A tag without digits (drizzle-kit's {@code none}) has no style here: {@code null}.
     */
    public static MigrationPrefix ofDigits(int digits) {
        if (digits == 0) {
            return null;
        }
        return digits == TIMESTAMP_DIGITS ? TIMESTAMP : digits == UNIX_DIGITS ? UNIX : INDEX;
    }

    /**
     * Reads a prefix setting as drizzle-kit spells it.
     *
     * @param value   the value given
     * @param setting where it was given, for the message ({@code --prefix}, {@code [generate] prefix})
     * @param file    the file that gave it, or {@code null} for a flag
     * @throws StrataException.Input for {@code none} (with the reason) and for unknown values
     */
    public static MigrationPrefix parse(String value, String setting, Path file) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("none")) {
            throw new StrataException.Input(new Problem("config.prefix-none", file, 0, null, null,
                    setting + " \"none\" is not supported: drizzle-kit names every snapshot of such a folder "
                            + "meta/_snapshot.json, so each migration overwrites the previous snapshot, and drizzle-kit's "
                            + "own folder reader skips files starting with _ (its next generate would recreate everything)",
                    null, "use index (the default), timestamp, supabase or unix", "nothing was written"));
        }
        for (MigrationPrefix prefix : values()) {
            if (prefix.setting().equals(word)) {
                return prefix;
            }
        }
        throw new StrataException.Input(new Problem("config.bad-prefix", file, 0, null, null,
                setting + " \"" + value + "\" is not a prefix style", null,
                "use index (the default), timestamp, supabase or unix", "nothing was written"));
    }

    /** What a tag of this style looks like, for messages. */
    public String shape() {
        return switch (this) {
            case INDEX -> "index (0007_...)";
            case TIMESTAMP, SUPABASE -> "timestamp (YYYYMMDDHHMMSS_...)";
            case UNIX -> "unix (epoch seconds, 1795569946_...)";
        };
    }

    private MigrationPrefix family() {
        return this == SUPABASE ? TIMESTAMP : this;
    }
}
