package dev.strata.cli;

import dev.strata.core.StrataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code strata inspect} makes of its arguments, and how it writes sizes. */
class InspectArgumentsTest {

    @Test
    void tableArgumentBareQualifiedAndQuoted() {
        assertThat(TableArgument.parse("users")).isEqualTo(new TableArgument(null, "users"));
        assertThat(TableArgument.parse("billing.accounts")).isEqualTo(new TableArgument("billing", "accounts"));
        assertThat(TableArgument.parse("\"my.app\".\"Odd \"\"Name\"\"\"")).isEqualTo(new TableArgument("my.app", "Odd \"Name\""));
        assertThat(TableArgument.parse("Users")).as("not folded to lower case").isEqualTo(new TableArgument(null, "Users"));
    }

    @Test
    void tableArgumentWithAnEmptyPartIsBadInput() {
        assertThatThrownBy(() -> TableArgument.parse("billing.")).isInstanceOfSatisfying(StrataException.Input.class,
                e -> assertThat(e.problem().code()).isEqualTo("inspect.bad-table-name"));
        assertThatThrownBy(() -> TableArgument.parse("\"\"")).isInstanceOf(StrataException.Input.class);
    }

    @Test
    void sizesInPowersOf1024() {
        assertThat(Sizes.human(0)).isEqualTo("0 bytes");
        assertThat(Sizes.human(1023)).isEqualTo("1023 bytes");
        assertThat(Sizes.human(8192)).isEqualTo("8 kB");
        assertThat(Sizes.human(1536)).isEqualTo("1.5 kB");
        assertThat(Sizes.human(688_128)).isEqualTo("672 kB");
        assertThat(Sizes.human(1_572_864)).isEqualTo("1.5 MB");
        assertThat(Sizes.human(5L * 1024 * 1024 * 1024)).isEqualTo("5 GB");
        assertThat(Sizes.human(Long.MAX_VALUE)).endsWith(" PB");
    }

    @Test
    void listingsByTheirWord() {
        assertThat(InspectCommand.Listing.named("fks")).isEqualTo(InspectCommand.Listing.FKS);
        assertThatThrownBy(() -> InspectCommand.Listing.named("Tables")).isInstanceOf(StrataException.Input.class);
    }
}
