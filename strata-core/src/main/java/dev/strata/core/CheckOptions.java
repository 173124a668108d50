package dev.strata.core;

/**
 * What {@code strata check} looks at besides the folder.
 *
 * @param offline no database at all
 * @param drift   replay the applied migrations into a shadow database and compare
 * @param lint    lint the migrations not applied yet (all of them when offline)
 */
public record CheckOptions(boolean offline, boolean drift, boolean lint) {
    /** Everything: database, drift and lint. */
    public static CheckOptions all() {
        return new CheckOptions(false, true, true);
    }
}
