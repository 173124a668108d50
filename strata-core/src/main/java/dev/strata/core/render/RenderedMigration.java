package dev.strata.core.render;

import java.util.List;

/**
 * A generated migration as text.
 *
 * @param up           the statements of the migration, each ending in {@code ;} (some in {@code ;\n}, as drizzle-kit writes them)
 * @param down         the statements that undo it
 * @param irreversible why some steps cannot be undone without losing data; empty when the down gives everything back
 */
public record RenderedMigration(List<String> up, List<String> down, List<String> irreversible) {
    /** drizzle-kit's statement separator, written after each statement but the last. */
    public static final String BREAKPOINT = "--> statement-breakpoint\n";
    /** The line prefix that marks a down file Strata's rollback refuses without {@code --force}. */
    public static final String IRREVERSIBLE_MARK = "-- strata:irreversible";

    public RenderedMigration {
        up = List.copyOf(up);
        down = List.copyOf(down);
        irreversible = List.copyOf(irreversible);
    }

    /** The up file exactly as drizzle-kit writes it (config {@code breakpoints: true}, the default). */
    public String upText() {
        return upText(true);
    }

    /** The up file; without breakpoints the statements are joined by newlines, as drizzle-kit does then. */
    public String upText(boolean breakpoints) {
        return join(up, breakpoints);
    }

    /** The down file: one {@code -- strata:irreversible <why>} line per irreversible step, then the statements. */
    public String downText() {
        return downText(true);
    }

    /** The down file, statements joined like {@link #upText(boolean)}. */
    public String downText(boolean breakpoints) {
        StringBuilder text = new StringBuilder();
        irreversible.forEach(why -> text.append(IRREVERSIBLE_MARK).append(' ').append(why).append('\n'));
        return text.append(join(down, breakpoints)).toString();
    }

    /** True when there is nothing to run. */
    public boolean isEmpty() {
        return up.isEmpty();
    }

    private static String join(List<String> statements, boolean breakpoints) {
        return String.join(breakpoints ? BREAKPOINT : "\n", statements);
    }
}
