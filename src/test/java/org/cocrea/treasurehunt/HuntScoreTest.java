package org.cocrea.treasurehunt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scores of a question or exercise, against values computed by hand. */
class HuntScoreTest {

    private static Finding f(AnswerOutcome outcome, DataFormat format, Integer stars, Integer minutes) {
        return new Finding(outcome, format, stars, minutes);
    }

    private static void assertClose(double expected, BigDecimal actual) {
        assertEquals(expected, actual.doubleValue(), 1e-9);
    }

    @Test
    void fourAnswersScoredByHand() {
        HuntScore score = HuntScore.of(List.of(
                f(AnswerOutcome.FOUND, DataFormat.CSV, 4, 30),
                f(AnswerOutcome.PARTLY, DataFormat.PDF, 1, 90),
                f(AnswerOutcome.NOT_FOUND, null, null, 120),
                f(AnswerOutcome.FOUND, DataFormat.API, 5, 45)));
        assertEquals(4, score.answers());
        // (1 + ½ + 0 + 1) / 4
        assertClose(0.625, score.availability());
        assertEquals(63, score.availabilityPercent());
        // 30, 45, 90, 120: the mean of the two in the middle, (45 + 90) / 2
        assertClose(67.5, score.medianMinutes());
        // CSV and API open, PDF not: 2 of the 3 that name a format
        assertClose(2.0 / 3, score.openShare());
        assertEquals(67, score.openPercent());
        // (4 + 1 + 5) / 3
        assertClose(10.0 / 3, score.meanStars());
    }

    @Test
    void anOddNumberOfTimesHasItsMiddleOneAsMedian() {
        HuntScore score = HuntScore.of(List.of(
                f(AnswerOutcome.NOT_FOUND, null, null, 200),
                f(AnswerOutcome.NOT_FOUND, null, null, 15),
                f(AnswerOutcome.PARTLY, DataFormat.SCAN, 0, 60)));
        assertClose(60, score.medianMinutes());
        assertClose(0.5 / 3, score.availability());
        assertClose(0, score.openShare());
        assertClose(0, score.meanStars());
    }

    @Test
    void withoutAnswersEveryFigureIsMissing() {
        HuntScore none = HuntScore.of(List.of());
        assertEquals(0, none.answers());
        assertNull(none.availability());
        assertNull(none.availabilityPercent());
        assertNull(none.medianMinutes());
        assertNull(none.openShare());
        assertNull(none.meanStars());
    }

    @Test
    void figuresNobodyGaveAreMissingRatherThanZero() {
        HuntScore score = HuntScore.of(List.of(f(AnswerOutcome.NOT_FOUND, null, null, null)));
        assertClose(0, score.availability());
        assertNull(score.medianMinutes());
        assertNull(score.openShare());
        assertNull(score.meanStars());
    }

    @Test
    void openFormatsAreSaidInOnePlace() {
        assertTrue(DataFormat.CSV.isOpen());
        assertTrue(DataFormat.API.isOpen());
        assertFalse(DataFormat.PDF.isOpen());
        assertFalse(DataFormat.SCAN.isOpen());
        assertFalse(DataFormat.SPREADSHEET.isOpen());
        assertFalse(DataFormat.WEB_PAGE.isOpen());
    }
}
