package org.cocrea.indicator;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Progress toward the target (direction, cap, "superada"), lateness by frequency, the rules of a definition and of a measurement. */
class IndicatorTest {

    private static final LocalDate BASELINE = LocalDate.of(2025, 1, 31);

    private Commitment commitment;

    @BeforeEach
    void setUp() {
        State sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        ActionPlan plan = withId(new ActionPlan(sonora, "Plan", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                TestClock.FIXED), 2L);
        commitment = withId(new Commitment(plan, "Gasto en medicamentos"), 3L);
    }

    private Indicator indicator(Direction direction, String baseline, String target, Frequency frequency) {
        Indicator form = Indicator.blank();
        form.setName("Contratos publicados");
        form.setUnit("%");
        form.setDirection(direction);
        form.setBaselineValue(new BigDecimal(baseline));
        form.setBaselineDate(BASELINE);
        form.setTargetValue(new BigDecimal(target));
        form.setTargetDate(LocalDate.of(2027, 6, 30));
        form.setFrequency(frequency);
        form.placeOn(commitment);
        return withId(form, 9L);
    }

    private static double percent(IndicatorProgress progress) {
        return progress.progress().percent();
    }

    @Test
    void higherIsBetterCountsTheShareOfTheWayFromBaselineToTarget() {
        Indicator up = indicator(Direction.UP, "20", "80", Frequency.QUARTERLY);
        // (35 − 20) / (80 − 20) = 15 / 60 = 25 %
        assertEquals(25.0, percent(up.progressAt(new BigDecimal("35"))), 1e-9);
        assertEquals(0.0, percent(up.progressAt(new BigDecimal("20"))), 1e-9);
        assertEquals(100.0, percent(up.progressAt(new BigDecimal("80"))), 1e-9);
        assertFalse(up.progressAt(new BigDecimal("80")).exceeded());
    }

    @Test
    void lowerIsBetterCountsTheWayDown() {
        Indicator down = indicator(Direction.DOWN, "40", "10", Frequency.MONTHLY);
        // days to answer: from 40 toward 10; at 31 the way covered is 9 of 30 = 30 %
        assertEquals(30.0, percent(down.progressAt(new BigDecimal("31"))), 1e-9);
        // getting worse than the baseline is no progress, not negative progress
        assertEquals(0.0, percent(down.progressAt(new BigDecimal("45"))), 1e-9);
    }

    @Test
    void overshootingIsCappedAtAHundredAndFlagged() {
        Indicator up = indicator(Direction.UP, "20", "80", Frequency.QUARTERLY);
        IndicatorProgress beyond = up.progressAt(new BigDecimal("95"));
        assertEquals(100.0, percent(beyond), 1e-9);
        assertTrue(beyond.exceeded());
        IndicatorProgress belowTarget = indicator(Direction.DOWN, "40", "10", Frequency.MONTHLY).progressAt(new BigDecimal("5"));
        assertEquals(100.0, percent(belowTarget), 1e-9);
        assertTrue(belowTarget.exceeded());
    }

    @Test
    void withoutAMeasurementProgressIsNotComputable() {
        IndicatorProgress none = indicator(Direction.UP, "20", "80", Frequency.QUARTERLY).progressAt(null);
        assertFalse(none.progress().isComputable());
        assertFalse(none.exceeded());
    }

    @Test
    void aTargetOnTheWrongSideOfTheBaselineIsRefusedOnTheTarget() {
        DomainException up = assertThrows(DomainException.class, () -> indicator(Direction.UP, "50", "40", Frequency.YEARLY));
        assertEquals("targetValue", up.field());
        assertEquals("indicator.target.notAbove", up.messageKey());
        DomainException down = assertThrows(DomainException.class, () -> indicator(Direction.DOWN, "10", "10", Frequency.YEARLY));
        assertEquals("indicator.target.notBelow", down.messageKey());
    }

    @Test
    void aTargetDateNotAfterTheBaselineAndABadSourceAreRefusedOnTheirFields() {
        Indicator form = Indicator.blank();
        form.setName("Contratos");
        form.setUnit("%");
        form.setBaselineValue(BigDecimal.ONE);
        form.setBaselineDate(BASELINE);
        form.setTargetValue(BigDecimal.TEN);
        form.setTargetDate(BASELINE);
        assertEquals("targetDate", assertThrows(DomainException.class, () -> form.placeOn(commitment)).field());
        form.setTargetDate(BASELINE.plusYears(1));
        form.setSourceUrl("javascript:alert(1)");
        assertEquals("sourceUrl", assertThrows(DomainException.class, () -> form.placeOn(commitment)).field());
        form.setSourceUrl("  ");
        form.setName(" ");
        assertEquals("name", assertThrows(DomainException.class, () -> form.placeOn(commitment)).field());
    }

    @Test
    void aMeasurementIsLateOnceMoreThanOnePeriodHasPassedSinceTheLastOne() {
        Indicator quarterly = indicator(Direction.UP, "20", "80", Frequency.QUARTERLY);
        LocalDate last = LocalDate.of(2025, 11, 30);
        // three months after 30 November is 28 February (2026 is not a leap year)
        assertFalse(quarterly.isLate(last, LocalDate.of(2026, 2, 28)));
        assertTrue(quarterly.isLate(last, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void withoutMeasurementsLatenessCountsFromTheBaseline() {
        Indicator monthly = indicator(Direction.UP, "20", "80", Frequency.MONTHLY);
        // baseline 31 January 2025; a month later is 28 February
        assertFalse(monthly.isLate(null, LocalDate.of(2025, 2, 28)));
        assertTrue(monthly.isLate(null, LocalDate.of(2025, 3, 1)));
        Indicator yearly = indicator(Direction.UP, "20", "80", Frequency.YEARLY);
        assertFalse(yearly.isLate(null, LocalDate.of(2026, 1, 31)));
        assertTrue(yearly.isLate(null, LocalDate.of(2026, 2, 1)));
        Indicator halfYearly = indicator(Direction.UP, "20", "80", Frequency.HALF_YEARLY);
        assertTrue(halfYearly.isLate(null, LocalDate.of(2025, 8, 1)));
    }

    @Test
    void trackingTakesTheLatestMeasurementByDate() {
        Indicator up = indicator(Direction.UP, "20", "80", Frequency.QUARTERLY);
        Account secretariat = Account.blank();
        LocalDate today = LocalDate.of(2025, 9, 1);
        Measurement later = measured(up, secretariat, LocalDate.of(2025, 8, 15), "50", today);
        Measurement earlier = measured(up, secretariat, LocalDate.of(2025, 4, 30), "30", today);
        TrackedIndicator tracked = TrackedIndicator.of(up, List.of(later, earlier), today);
        assertEquals(later, tracked.latest());
        assertEquals(50.0, tracked.progress().progress().percent(), 1e-9); // 30 of 60
        assertFalse(tracked.late());
        assertTrue(TrackedIndicator.of(up, List.of(earlier), today).late()); // 30 April + 3 months = 30 July
    }

    private static Measurement measured(Indicator indicator, Account by, LocalDate on, String value, LocalDate today) {
        Measurement form = Measurement.blank();
        form.setMeasuredOn(on);
        form.setValue(new BigDecimal(value));
        return form.takenFor(indicator, by, today);
    }

    @Test
    void aMeasurementInTheFutureOrBeforeTheBaselineIsRefusedOnItsDate() {
        Indicator up = indicator(Direction.UP, "20", "80", Frequency.QUARTERLY);
        LocalDate today = LocalDate.of(2025, 9, 1);
        DomainException future = assertThrows(DomainException.class,
                () -> measured(up, Account.blank(), today.plusDays(1), "40", today));
        assertEquals("measuredOn", future.field());
        assertEquals("measurement.date.future", future.messageKey());
        DomainException early = assertThrows(DomainException.class,
                () -> measured(up, Account.blank(), BASELINE.minusDays(1), "40", today));
        assertEquals("measurement.date.beforeBaseline", early.messageKey());
        Measurement noValue = Measurement.blank();
        noValue.setMeasuredOn(today);
        assertEquals("value", assertThrows(DomainException.class, () -> noValue.takenFor(up, Account.blank(), today)).field());
    }
}
