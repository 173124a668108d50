package dev.strata.core.folder;

import java.util.OptionalLong;

/** The leading number of a migration's tag or file name ({@code 0012} in {@code 0012_fix_owner}). */
public final class TagNumbers {
    private TagNumbers() {
    }

    /** How many leading digits {@code name} has (0 when it has no number). */
    public static int length(String name) {
        int n = 0;
        while (n < name.length() && Character.isDigit(name.charAt(n))) {
            n++;
        }
        return n;
    }

    /** The leading number (its first 18 digits at most), or empty when {@code name} does not start with one. */
    public static OptionalLong of(String name) {
        int n = length(name);
        return n == 0 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(name.substring(0, Math.min(n, 18))));
    }

    /** The leading number as an int (its first 9 digits at most), or -1 when there is none. */
    public static int orMinusOne(String name) {
        int n = length(name);
        return n == 0 ? -1 : Integer.parseInt(name.substring(0, Math.min(n, 9)));
    }
}
