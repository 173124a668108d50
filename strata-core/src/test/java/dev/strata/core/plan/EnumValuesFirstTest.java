package dev.strata.core.plan;

import dev.strata.core.diff.Change;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes of a plan a direct apply runs first, in a transaction of their own. */
class EnumValuesFirstTest {
    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    private static final Change CREATE_COLOR = new Change.CreateEnum(new EnumType(QualifiedName.of("public", "color"), List.of("red")));

    private static Change.AddEnumValue add(QualifiedName type, String value) {
        return new Change.AddEnumValue(type, value, null, List.of("ok"), List.of());
    }

    @Test
    void enumValueAdditionsGoFirstAndTheRestKeepsPlanOrder() {
        Plan plan = Planner.plan(List.of(CREATE_COLOR, add(MOOD, "glad"), add(MOOD, "sad")));

        EnumValuesFirst split = EnumValuesFirst.of(plan);

        assertThat(split.splits()).isTrue();
        assertThat(split.enumValues()).containsExactly(add(MOOD, "glad"), add(MOOD, "sad"));
        assertThat(split.rest()).containsExactly(CREATE_COLOR);
    }

    @Test
    void valueOfARenamedTypeIsAddedUnderTheOldNameBecauseTheRenameRunsLater() {
        QualifiedName feeling = QualifiedName.of("public", "feeling");
        Change rename = new Change.RenameEnum(MOOD, "feeling");

        EnumValuesFirst split = EnumValuesFirst.of(Planner.plan(List.of(rename, add(feeling, "glad"))));

        assertThat(split.enumValues()).containsExactly(add(MOOD, "glad"));
        assertThat(split.rest()).containsExactly(rename);
    }

    @Test
    void planWithoutEnumValuesOrWithNothingElseDoesNotSplit() {
        assertThat(EnumValuesFirst.of(Planner.plan(List.of(CREATE_COLOR))).splits()).isFalse();
        assertThat(EnumValuesFirst.of(Planner.plan(List.of(add(MOOD, "glad")))).splits()).isFalse();
    }

    @Test
    void valuesTheRemovalRecipeBringsStayInItsTransaction() {
        Change recipe = new Change.DropEnumValue(MOOD, List.of("ok", "sad"), List.of("ok", "glad"), List.of(), List.of());

        EnumValuesFirst split = EnumValuesFirst.of(Planner.plan(List.of(recipe, CREATE_COLOR)));

        assertThat(split.splits()).isFalse();
        assertThat(split.enumValues()).isEmpty();
    }
}
