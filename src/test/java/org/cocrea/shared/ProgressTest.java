package org.cocrea.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cocrea.shared.Progress.Part;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressTest {

    private static final double EPSILON = 1e-9;

    private static Part part(double percent, String weight) {
        return new Part(Progress.of(percent), weight == null ? null : new BigDecimal(weight));
    }

    private static double rollUp(Part... parts) {
        return Progress.rollUp(List.of(parts)).percent();
    }

    @Nested
    class WithWeights {

        @Test
        void weighsEachPartByItsShareOfTheTotalWeight() {
            assertEquals(87.5, rollUp(part(50, "1"), part(100, "3")), EPSILON);
        }

        @Test
        void onlyTheRatioOfTheWeightsMatters() {
            assertEquals(87.5, rollUp(part(50, "20"), part(100, "60")), EPSILON);
            assertEquals(87.5, rollUp(part(50, "0.25"), part(100, "0.75")), EPSILON);
        }

        @Test
        void aPartWithWeightZeroDoesNotCount() {
            assertEquals(30, rollUp(part(30, "2"), part(100, "0")), EPSILON);
        }

        @Test
        void allPartsCompleteGiveExactlyAHundredWhateverTheFractionalWeights() {
            // 0.1 + 0.2 + 0.7 is not exactly 1 in floating point; the result must still be valid.
            Progress progress = Progress.rollUp(List.of(part(100, "0.1"), part(100, "0.2"), part(100, "0.7")));
            assertEquals(100, progress.rounded());
            assertTrue(progress.percent() <= 100);
        }
    }

    @Nested
    class WithoutWeights {

        @Test
        void isThePlainMean() {
            assertEquals(40, rollUp(part(0, null), part(20, null), part(100, null)), EPSILON);
        }

        @Test
        void aSinglePartIsItsOwnProgress() {
            assertEquals(37, rollUp(part(37, null)), EPSILON);
        }

        @Test
        void allWeightsZeroIsThePlainMeanToo() {
            assertEquals(50, rollUp(part(20, "0"), part(80, "0")), EPSILON);
        }

        @Test
        void unweightedFactoryMakesAPartWithoutWeight() {
            Part part = Part.unweighted(Progress.of(10));
            assertNull(part.weight());
            assertEquals(55, Progress.rollUp(List.of(part, Part.unweighted(Progress.of(100)))).percent(), EPSILON);
        }
    }

    @Nested
    class Mixed {

        @Test
        void aMissingWeightCountsAsZeroOnceASiblingHasOne() {
            assertEquals(0, rollUp(part(100, null), part(0, "1")), EPSILON);
            assertEquals(100, rollUp(part(100, "1"), part(0, null)), EPSILON);
        }

        @Test
        void onlyTheWeightedPartsAreAveraged() {
            assertEquals(60, rollUp(part(40, "1"), part(80, "1"), part(0, null)), EPSILON);
        }

        @Test
        void missingAndZeroWeightsTogetherFallBackToThePlainMean() {
            assertEquals(30, rollUp(part(0, null), part(60, "0")), EPSILON);
        }
    }

    @Nested
    class NotComputable {

        @Test
        void noPartsIsNotComputable() {
            Progress progress = Progress.rollUp(List.of());
            assertFalse(progress.isComputable());
            assertEquals(Progress.notComputable(), progress);
        }

        @Test
        void onlyNonComputablePartsIsNotComputable() {
            Progress progress = Progress.rollUp(List.of(
                    new Part(Progress.notComputable(), BigDecimal.ONE),
                    Part.unweighted(Progress.notComputable())));
            assertFalse(progress.isComputable());
        }

        @Test
        void nonComputablePartsAreLeftOutWithTheirWeight() {
            Progress progress = Progress.rollUp(List.of(
                    new Part(Progress.notComputable(), new BigDecimal("9")),
                    part(40, "1")));
            assertEquals(40, progress.percent(), EPSILON);
        }

        @Test
        void nonComputablePartsAreLeftOutOfThePlainMean() {
            Progress progress = Progress.rollUp(List.of(
                    Part.unweighted(Progress.notComputable()),
                    part(10, null),
                    part(30, null)));
            assertEquals(20, progress.percent(), EPSILON);
        }

        @Test
        void hasNoPercentAndNoRoundedValue() {
            assertThrows(IllegalStateException.class, () -> Progress.notComputable().percent());
            assertNull(Progress.notComputable().rounded());
            assertEquals("not computable", Progress.notComputable().toString());
        }

        @Test
        void isNotEqualToZero() {
            assertFalse(Progress.notComputable().equals(Progress.of(0)));
            assertTrue(Progress.of(0).isComputable());
        }
    }

    @Nested
    class Rounding {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"0, 0", "33.333, 33", "66.667, 66", "2.5, 2", "2.4999, 2", "99.4, 99", "99.99, 99", "100, 100"})
        void roundsDownSoNothingUnfinishedShowsAHundred(double percent, int rounded) {
            assertEquals(rounded, Progress.of(percent).rounded());
        }

        @Test
        void aRollUpOfThirdsRoundsForDisplayButKeepsItsPrecision() {
            Progress progress = Progress.rollUp(List.of(part(100, null), part(0, null), part(0, null)));
            assertEquals(33, progress.rounded());
            assertEquals(100.0 / 3, progress.percent(), EPSILON);
        }
    }

    @Nested
    class Range {

        @ParameterizedTest
        @ValueSource(doubles = {-0.001, -1, 100.001, 101, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
        void refusesPercentsOutsideZeroToHundred(double percent) {
            assertThrows(IllegalArgumentException.class, () -> Progress.of(percent));
        }

        @ParameterizedTest
        @ValueSource(doubles = {0, 0.5, 99.999, 100})
        void acceptsTheBoundsAndAnythingBetween(double percent) {
            assertEquals(percent, Progress.of(percent).percent(), 0);
        }

        @Test
        void equalPercentsAreEqual() {
            assertEquals(Progress.of(42), Progress.of(42));
            assertEquals(Progress.of(42).hashCode(), Progress.of(42).hashCode());
            assertFalse(Progress.of(42).equals(Progress.of(43)));
        }
    }
}
