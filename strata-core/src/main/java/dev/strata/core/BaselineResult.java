package dev.strata.core;

import dev.strata.core.diff.Difference;

import java.util.List;

/**
 * What {@code strata baseline} did.
 *
 * @param recorded    the migrations recorded as applied (already applied ones are not repeated)
 * @param differences how the database differed from the folder at the baseline point (empty unless forced;
 *                    {@code null} when the check was skipped)
 */
public record BaselineResult(List<String> recorded, List<Difference> differences) {
    public BaselineResult {
        recorded = List.copyOf(recorded);
        differences = differences == null ? null : List.copyOf(differences);
    }
}
