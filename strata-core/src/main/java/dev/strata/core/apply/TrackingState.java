package dev.strata.core.apply;

import java.util.List;

/**
 * What the database says has been applied.
 *
 * @param exists  whether drizzle's tracking table exists
 * @param drizzle drizzle's rows in id order
 * @param history Strata's history rows in id order (empty when the table does not exist)
 */
public record TrackingState(boolean exists, List<DrizzleRow> drizzle, List<HistoryRow> history) {
    public TrackingState {
        drizzle = List.copyOf(drizzle);
        history = List.copyOf(history);
    }

    public static TrackingState none() {
        return new TrackingState(false, List.of(), List.of());
    }
}
