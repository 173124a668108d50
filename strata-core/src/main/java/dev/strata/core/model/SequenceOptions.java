package dev.strata.core.model;

/** The numbers that define a sequence (or an identity column's sequence). */
public record SequenceOptions(long increment, long start, long min, long max, long cache, boolean cycle) {
    public SequenceOptions {
        if (increment == 0) {
            throw new IllegalArgumentException("a sequence increment must not be 0");
        }
        if (min > max) {
            throw new IllegalArgumentException("sequence minimum " + min + " is above maximum " + max);
        }
    }

    /** True when {@code value} lies within {@code min .. max}. */
    public boolean contains(long value) {
        return min <= value && value <= max;
    }

    /** PostgreSQL's defaults for a sequence of {@code dataType} ({@code smallint}, {@code integer} or {@code bigint}). */
    public static SequenceOptions defaults(String dataType, long increment) {
        long typeMax = switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = -typeMax - 1;
        return increment > 0
                ? new SequenceOptions(increment, 1, 1, typeMax, 1, false)
                : new SequenceOptions(increment, -1, typeMin, -1, 1, false);
    }
}
