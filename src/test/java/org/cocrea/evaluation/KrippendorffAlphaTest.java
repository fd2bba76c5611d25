package org.cocrea.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Two evaluators, four commitments, an ordinal scale of three levels (1 < 2 < 3):
     * c1 (1,1), c2 (2,2), c3 (3,3), c4 (1,2).
     *
     * <pre>
     * Coincidences (each ordered pair of a unit adds 1/(m−1) = 1):
     *   o11 = 2 (c1), o22 = 2 (c2), o33 = 2 (c3), o12 = o21 = 1 (c4)
     * Margins: n1 = o11 + o12 = 3, n2 = o21 + o22 = 3, n3 = 2; n = 8
     * Ordinal δ²ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²:
     *   δ²12 = (3 + 3 − 3)² = 9
     *   δ²13 = (3 + 3 + 2 − 2.5)² = 5.5² = 30.25
     *   δ²23 = (3 + 2 − 2.5)² = 2.5² = 6.25
     * Observed Σ o δ² = o12·9 + o21·9 = 18
     * Expected Σ n_c n_k δ² = 2·(3·3·9 + 3·2·30.25 + 3·2·6.25) = 2·(81 + 181.5 + 37.5) = 600
     * alpha = 1 − (n − 1)·18/600 = 1 − 7·18/600 = 1 − 0.21 = 0.79
     * </pre>
     */
    @Test
    void ordinalAlphaOfASmallCaseWorkedByHand() {
        double alpha = KrippendorffAlpha.ordinal(List.of(List.of(1, 1), List.of(2, 2), List.of(3, 3), List.of(1, 2))).getAsDouble();
        assertEquals(0.79, alpha, 1e-9);
    }

    /** A unit scored by one evaluator only is not pairable: it changes nothing. */
    @Test
    void aUnitWithOneValueIsLeftOut() {
        double alpha = KrippendorffAlpha.ordinal(List.of(List.of(1, 1), List.of(2, 2), List.of(3, 3), List.of(1, 2), List.of(3)))
                .getAsDouble();
        assertEquals(0.79, alpha, 1e-9);
    }

    /**
     * Three evaluators on two commitments, ranks 0 and 1: c1 (0,0,1), c2 (1,1,1).
     * <pre>
     * m = 3, each ordered pair of a unit adds 1/(m−1) = ½. c1 has 6 ordered pairs:
     *   (0a,0b),(0b,0a) → o00 += 2·½ = 1; (0a,1),(0b,1) → o01 += 1; (1,0a),(1,0b) → o10 += 1
     *   c2: 6 ordered pairs of (1,1) → o11 += 3
     * Margins: n0 = o00 + o01 = 2, n1 = o10 + o11 = 4; n = 6
     * δ²01 = (2 + 4 − 3)² = 9
     * Observed = o01·9 + o10·9 = 18; expected = 2·n0·n1·9 = 144
     * alpha = 1 − 5·18/144 = 1 − 0.625 = 0.375
     * </pre>
     */
    @Test
    void ordinalAlphaWithThreeEvaluators() {
        double alpha = KrippendorffAlpha.ordinal(List.of(List.of(0, 0, 1), List.of(1, 1, 1))).getAsDouble();
        assertEquals(0.375, alpha, 1e-9);
    }

    @Test
    void perfectAgreementIsOne() {
        assertEquals(1.0, KrippendorffAlpha.ordinal(List.of(List.of(0, 0), List.of(2, 2), List.of(4, 4))).getAsDouble(), 1e-9);
    }

    /** With every value the same, no disagreement is expected: alpha is undefined, not 1 nor 0. */
    @Test
    void undefinedWithoutVariation() {
        assertTrue(KrippendorffAlpha.ordinal(List.of(List.of(2, 2), List.of(2, 2))).isEmpty());
        assertTrue(KrippendorffAlpha.ordinal(List.of(List.of(2))).isEmpty());
        assertTrue(KrippendorffAlpha.ordinal(List.of()).isEmpty());
    }

    @Test
    void percentAgreementCountsUnanimousPairableCommitments() {
        Agreement agreement = Agreement.of(Item.POTENTIAL, List.of(List.of(1, 1), List.of(2, 2), List.of(3, 3), List.of(1, 2), List.of(3)));
        assertEquals(4, agreement.units());
        assertEquals(75.0, agreement.percentOrNull(), 1e-9);
        assertEquals(0.79, agreement.alphaOrNull(), 1e-9);
    }
}
