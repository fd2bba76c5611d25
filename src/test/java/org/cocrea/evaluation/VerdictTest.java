package org.cocrea.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerdictTest {

    private static Map<Item, String> design(String verifiable, String transparency, String potential) {
        Map<Item, String> levels = new EnumMap<>(Item.class);
        levels.put(Item.VERIFIABILITY, verifiable);
        for (Item item : Item.of(Moment.DESIGN)) {
            if (item.value() != null) {
                levels.put(item, "NOT_RELEVANT");
            }
        }
        levels.put(Item.RELEVANCE_TRANSPARENCY, transparency);
        levels.put(Item.POTENTIAL, potential);
        return levels;
    }

    @Test
    void promisingWhenVerifiableRelevantAndSubstantial() {
        assertTrue(new Verdict(design("VERIFIABLE", "RELEVANT", "SUBSTANTIAL")).promising());
    }

    @Test
    void notPromisingWhenAnyOfTheThreeFails() {
        assertFalse(new Verdict(design("NOT_VERIFIABLE", "RELEVANT", "SUBSTANTIAL")).promising());
        assertFalse(new Verdict(design("VERIFIABLE", "NOT_RELEVANT", "SUBSTANTIAL")).promising());
        assertFalse(new Verdict(design("VERIFIABLE", "RELEVANT", "MODEST")).promising());
        assertFalse(new Verdict(design("VERIFIABLE", "RELEVANT", "UNCLEAR")).promising());
    }

    @ParameterizedTest
    @EnumSource(OpenedGovernment.class)
    void strongEarlyResultsOnlyWhenMajorOrOutstanding(OpenedGovernment level) {
        Map<Item, String> levels = Map.of(Item.COMPLETION, "COMPLETE", Item.OPENED_GOVERNMENT, level.name());
        assertEquals(level == OpenedGovernment.MAJOR || level == OpenedGovernment.OUTSTANDING,
                new Verdict(levels).strongEarlyResults());
    }

    @Test
    void theItemsOfEachMomentAndTheirScalesLowestFirst() {
        assertEquals(7, Item.of(Moment.DESIGN).size());
        assertEquals(List.of(Item.COMPLETION, Item.OPENED_GOVERNMENT), Item.of(Moment.RESULTS));
        assertEquals(List.of("NO_EVIDENCE", "NOT_STARTED", "LIMITED", "SUBSTANTIAL", "COMPLETE"), Item.COMPLETION.levels());
        assertEquals(4, Item.OPENED_GOVERNMENT.rank("OUTSTANDING"));
    }

    @Test
    void figuresCountCommitmentsByLevel() {
        ResultFigures figures = ResultFigures.of(
                List.of(design("VERIFIABLE", "RELEVANT", "SUBSTANTIAL"), design("VERIFIABLE", "RELEVANT", "MODEST")),
                List.of(Map.of(Item.COMPLETION, "COMPLETE", Item.OPENED_GOVERNMENT, "MAJOR"),
                        Map.of(Item.COMPLETION, "LIMITED", Item.OPENED_GOVERNMENT, "MARGINAL"),
                        Map.of(Item.COMPLETION, "COMPLETE", Item.OPENED_GOVERNMENT, "OUTSTANDING")));
        assertEquals(1, figures.promising());
        assertEquals(2, figures.designAssessed());
        assertEquals(2, figures.strongEarlyResults());
        assertEquals(2L, figures.completion().get(Completion.COMPLETE));
        assertEquals(0L, figures.completion().get(Completion.NOT_STARTED));
        assertEquals(1L, figures.opened().get(OpenedGovernment.MARGINAL));
    }
}
