package dev.strata.core.plan;

import dev.strata.core.model.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which type changes keep every value: those are no hazard and their down file is not marked irreversible (its
 * narrowing only meets values written after the up, as the down of an added column does).
 */
class TypeWideningTest {
    @ParameterizedTest(name = "{0} -> {1} may lose data: {2}")
    @CsvSource(delimiter = '|', value = {
            "time(2) without time zone           | time(4) without time zone           | false",
            "time(2) with time zone              | time with time zone                 | false",
            "timestamp(3) without time zone      | timestamp(6) without time zone      | false",
            "timestamp(3) with time zone         | timestamp with time zone            | false",
            "interval(2)                         | interval(4)                         | false",
            "interval day to second(2)           | interval day to second              | false",
            "numeric(10,2)                       | numeric(12,2)                       | false",
            "numeric(10,2)                       | numeric(12,4)                       | false",
            "character varying(50)               | character varying(100)              | false",
            "time(4) without time zone           | time(2) without time zone           | true",
            "timestamp without time zone         | timestamp(3) without time zone      | true",
            "timestamp(3) without time zone      | timestamp(6) with time zone         | true",
            "time(2) without time zone           | timestamp(2) without time zone      | true",
            "interval(2)                         | interval day to second(4)           | true",
            "numeric(12,4)                       | numeric(12,2)                       | true",
            "character varying(100)              | character varying(50)               | true"})
    void moreDigitsOrCharactersKeepEveryValue(String from, String to, boolean mayLoseData) {
        assertThat(TypeWidening.mayLoseData(ColumnType.of(from), ColumnType.of(to))).isEqualTo(mayLoseData);
    }
}
