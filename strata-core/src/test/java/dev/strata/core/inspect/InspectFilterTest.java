package dev.strata.core.inspect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectFilterTest {

    @Test
    void globsBecomeLikePatternsWithPercentUnderscoreAndBackslashTakenLiterally() {
        InspectFilter filter = InspectFilter.all().matching(List.of("user*", "invoices_202?", "100%", "a\\b"));
        assertThat(filter.likePatterns()).containsExactly("user%", "invoices\\_202_", "100\\%", "a\\\\b");
    }

    @Test
    void allLeavesOutDrizzleAndKeepsEveryName() {
        InspectFilter all = InspectFilter.all();
        assertThat(all.schemas()).isEmpty();
        assertThat(all.tables()).isEmpty();
        assertThat(all.trackingSchema()).isEqualTo("drizzle");
    }

    @Test
    void nullListsMeanNoRestriction() {
        InspectFilter filter = new InspectFilter(null, null, null);
        assertThat(filter.schemas()).isEmpty();
        assertThat(filter.tables()).isEmpty();
    }

    @Test
    void rejectsBlankSchemaOrGlob() {
        assertThatThrownBy(() -> InspectFilter.all().inSchemas(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InspectFilter.all().matching(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    }
}
