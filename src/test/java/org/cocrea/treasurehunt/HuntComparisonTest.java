package org.cocrea.treasurehunt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.cocrea.treasurehunt.HuntComparison.Pair;
import org.cocrea.treasurehunt.HuntComparison.Row;
import org.junit.jupiter.api.Test;

/** Before and after, question by question and as a whole, against values computed by hand. */
class HuntComparisonTest {

    private static Finding f(AnswerOutcome outcome, DataFormat format, Integer stars, Integer minutes) {
        return new Finding(outcome, format, stars, minutes);
    }

    private static final Pair SPENDING = new Pair("¿Cuánto se gastó?",
            List.of(f(AnswerOutcome.NOT_FOUND, null, null, 120), f(AnswerOutcome.PARTLY, DataFormat.PDF, 1, 60)),
            List.of(f(AnswerOutcome.FOUND, DataFormat.CSV, 3, 30), f(AnswerOutcome.FOUND, DataFormat.CSV, 3, 40)));
    private static final Pair SUPPLIERS = new Pair("¿Quiénes son los proveedores?",
            List.of(f(AnswerOutcome.FOUND, DataFormat.PDF, 2, 20)),
            List.of(f(AnswerOutcome.FOUND, DataFormat.PDF, 2, 50)));
    private static final Pair BENEFICIARIES = new Pair("¿Cuántos beneficiarios hay?",
            List.of(f(AnswerOutcome.PARTLY, DataFormat.WEB_PAGE, 1, 45)),
            List.of(f(AnswerOutcome.PARTLY, DataFormat.WEB_PAGE, 1, 45)));
    private static final Pair CONTRACTS = new Pair("¿Dónde están los contratos?",
            List.of(f(AnswerOutcome.FOUND, DataFormat.SPREADSHEET, 2, 10)),
            List.of(f(AnswerOutcome.FOUND, DataFormat.CSV, 3, 10)));

    @Test
    void moreFoundIsEasierWhateverTheTime() {
        Row row = HuntComparison.of(List.of(SPENDING)).rows().get(0);
        // availability ¼ → 1: +0.75, 75 points; median 90 → 35 minutes: −55; stars 1 → 3: +2; open 0 → 1
        assertEquals(0.75, row.availabilityDelta().doubleValue(), 1e-9);
        assertEquals(75, row.availabilityPoints());
        assertEquals(-55, row.minutesDelta().doubleValue(), 1e-9);
        assertEquals(2, row.starsDelta().doubleValue(), 1e-9);
        assertEquals(1, row.openShareDelta().doubleValue(), 1e-9);
        assertEquals(Ease.EASIER, row.ease());
    }

    @Test
    void asMuchFoundButSlowerIsHarder() {
        Row row = HuntComparison.of(List.of(SUPPLIERS)).rows().get(0);
        assertEquals(0, row.availabilityDelta().signum());
        assertEquals(30, row.minutesDelta().doubleValue(), 1e-9);
        assertEquals(Ease.HARDER, row.ease());
    }

    @Test
    void nothingChangedIsTheSame() {
        assertEquals(Ease.SAME, HuntComparison.of(List.of(BENEFICIARIES)).rows().get(0).ease());
    }

    @Test
    void asMuchFoundAsFastButMoreStarsIsEasier() {
        assertEquals(Ease.EASIER, HuntComparison.of(List.of(CONTRACTS)).rows().get(0).ease());
    }

    @Test
    void theWholeExerciseTakesEveryAnswerOfThePairedQuestions() {
        HuntComparison comparison = HuntComparison.of(List.of(SPENDING, SUPPLIERS, BENEFICIARIES, CONTRACTS));
        assertEquals(2, comparison.count(Ease.EASIER));
        assertEquals(1, comparison.count(Ease.HARDER));
        assertEquals(1, comparison.count(Ease.SAME));
        Row overall = comparison.overall();
        assertNull(overall.question());
        // before: 0, ½, 1, ½, 1 over 5 answers = 3 / 5; after: 1, 1, 1, ½, 1 = 4.5 / 5
        assertEquals(0.6, overall.before().availability().doubleValue(), 1e-9);
        assertEquals(0.9, overall.after().availability().doubleValue(), 1e-9);
        assertEquals(30, overall.availabilityPoints());
        // before minutes 10, 20, 45, 60, 120 → 45; after 10, 30, 40, 45, 50 → 40
        assertEquals(-5, overall.minutesDelta().doubleValue(), 1e-9);
        assertEquals(Ease.EASIER, overall.ease());
    }

    @Test
    void aQuestionNobodyAnsweredOnOneSideHasNoDelta() {
        Row row = HuntComparison.of(List.of(new Pair("¿Nueva?", List.of(), SPENDING.after()))).rows().get(0);
        assertNull(row.availabilityDelta());
        assertNull(row.availabilityPoints());
        assertEquals(Ease.SAME, row.ease());
    }
}
