package dev.strata.core.source.snapshot;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A column's {@code default}: drizzle writes SQL text as a JSON string, but keeps numbers and booleans given in the
 * schema as JSON numbers and booleans ({@code 42}, {@code 1.5}, {@code true}).
 */
public sealed interface SnapshotDefault {

    /** SQL text, e.g. {@code now()} or {@code 'draft'}. */
    record Text(String sql) implements SnapshotDefault {
        public Text {
            Objects.requireNonNull(sql, "sql");
        }
    }

    /**
     * A JSON number. Stored without trailing zeros so that equal numbers are equal records; written the way
     * JavaScript prints a number.
     */
    record Number(BigDecimal value) implements SnapshotDefault {
        public Number {
            value = Objects.requireNonNull(value, "value").stripTrailingZeros();
        }

        public static Number of(long value) {
            return new Number(BigDecimal.valueOf(value));
        }
    }

    /** A JSON boolean. */
    record Bool(boolean value) implements SnapshotDefault {
    }
}
