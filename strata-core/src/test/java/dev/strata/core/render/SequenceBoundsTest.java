package dev.strata.core.render;

import dev.strata.core.model.SequenceOptions;
import dev.strata.core.plan.Hazard;
import dev.strata.core.plan.Plan;
import org.junit.jupiter.api.Test;


import static dev.strata.core.render.EngineFixtures.counter;
import static dev.strata.core.render.EngineFixtures.identityTable;
import static dev.strata.core.render.EngineFixtures.plan;
import static dev.strata.core.render.EngineFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sequence and identity options whose new bounds exclude the old start restart the sequence, say so as a hazard and
 * mark the down file; options that can change one at a time stay in drizzle-kit's style (SequenceBoundsIT applies them).
 */
class SequenceBoundsTest {
    private static final SequenceOptions ASCENDING = SequenceOptions.defaults("integer", 1);
    private static final SequenceOptions DESCENDING = SequenceOptions.defaults("integer", -1);
    private static final SequenceOptions FROM_100 = new SequenceOptions(1, 100, 100, Integer.MAX_VALUE, 1, false);
    private static final SequenceOptions UP_TO_1000 = new SequenceOptions(1, 1, 1, 1000, 1, false);

    @Test
    void aSequenceMadeDescendingRestartsAtTheNewStartBothWays() {
        RenderedMigration m = render(counter(ASCENDING), counter(DESCENDING));

        assertThat(m.up()).containsExactly("ALTER SEQUENCE \"public\".\"counter\" AS integer INCREMENT BY -1 "
                + "MINVALUE -2147483648 MAXVALUE -1 START WITH -1 CACHE 1 RESTART WITH -1;");
        assertThat(m.down()).containsExactly("ALTER SEQUENCE \"public\".\"counter\" AS integer INCREMENT BY 1 "
                + "MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 RESTART WITH 1;");
    }

    @Test
    void anIdentityMadeDescendingChangesItsOptionsInOneStatementWithRestart() {
        RenderedMigration m = render(identityTable(ASCENDING), identityTable(DESCENDING));

        assertThat(m.up()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"id\" SET MINVALUE -2147483648 SET MAXVALUE -1 "
                + "SET INCREMENT BY -1 SET START WITH -1 RESTART WITH -1;");
        assertThat(m.down()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"id\" SET MINVALUE 1 SET MAXVALUE 2147483647 "
                + "SET INCREMENT BY 1 SET START WITH 1 RESTART WITH 1;");
    }

    @Test
    void boundsThatHoldTheStartKeepDrizzleKitsStatementsAndNoRestart() {
        RenderedMigration identity = render(identityTable(ASCENDING), identityTable(UP_TO_1000));
        RenderedMigration sequence = render(counter(ASCENDING), counter(UP_TO_1000));

        assertThat(identity.up()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"id\" SET MAXVALUE 1000;");
        assertThat(identity.down()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"id\" SET MAXVALUE 2147483647;");
        assertThat(sequence.up()).containsExactly("ALTER SEQUENCE \"public\".\"counter\" AS integer INCREMENT BY 1 "
                + "MINVALUE 1 MAXVALUE 1000 START WITH 1 CACHE 1;");
        assertThat(identity.irreversible()).isEmpty();
        assertThat(sequence.irreversible()).isEmpty();
        assertThat(plan(identityTable(ASCENDING), identityTable(UP_TO_1000)).hazards()).isEmpty();
    }

    @Test
    void aRestartIsAHazardNamingTheNewStartAndTheExcludedOne() {
        Plan sequence = plan(counter(ASCENDING), counter(FROM_100));
        Plan identity = plan(identityTable(ASCENDING), identityTable(DESCENDING));

        assertThat(sequence.hazards()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hazard.Kind.SEQUENCE_RESTART);
            assertThat(h.object()).isEqualTo("public.counter");
            assertThat(h.message()).isEqualTo("sequence public.counter restarts at 100: its new bounds 100..2147483647 "
                    + "exclude its start 1 (PostgreSQL refuses them without RESTART); the value it reached is forgotten");
        });
        assertThat(identity.hazards()).extracting(Hazard::kind, Hazard::object)
                .containsExactly(tuple(Hazard.Kind.SEQUENCE_RESTART, "public.t.id"));
    }

    @Test
    void aRestartEitherWayMarksTheDownFile() {
        RenderedMigration up = render(counter(ASCENDING), counter(FROM_100));
        RenderedMigration down = render(identityTable(FROM_100), identityTable(ASCENDING));

        assertThat(up.downText()).startsWith(RenderedMigration.IRREVERSIBLE_MARK
                + " restarts sequence public.counter at 100: the down file cannot give back the value it had reached\n");
        assertThat(down.up()).containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"id\" SET MINVALUE 1;",
                "ALTER TABLE \"t\" ALTER COLUMN \"id\" SET START WITH 1;");
        assertThat(down.downText()).startsWith(RenderedMigration.IRREVERSIBLE_MARK
                + " the down file restarts the identity of column public.t.id at 100: the value it reached by then is forgotten\n");
        assertThat(plan(identityTable(FROM_100), identityTable(ASCENDING)).hazards()).isEmpty();
    }
}
