package dev.strata.cli;

/** Short human durations: {@code 840 ms}, {@code 3.2 s}, {@code 4 min 05 s}. */
final class Durations {
    private Durations() {
    }

    static String human(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return String.format(java.util.Locale.ROOT, "%d min %02d s", ms / 60_000, (ms / 1000) % 60);
    }
}
