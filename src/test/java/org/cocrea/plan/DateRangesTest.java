package org.cocrea.plan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.Test;

/** Dates that make sense (issue 11, item 6): years 0001 and 9999 are typos, not plans. */
class DateRangesTest {

    private static final LocalDate TODAY = State.blank().today(TestClock.FIXED);

    private static ActionPlan plan(LocalDate start, LocalDate end) {
        return new ActionPlan(State.blank(), "Plan", start, end, TestClock.FIXED);
    }

    @Test
    void aCycleFarFromTodayIsRefusedBesideItsField() {
        assertThatThrownBy(() -> plan(LocalDate.of(1, 1, 1), TODAY))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "cycleStart");
        assertThatThrownBy(() -> plan(TODAY, LocalDate.of(9999, 12, 31)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "cycleEnd");
        assertThatCode(() -> plan(TODAY.minusYears(ActionPlan.CYCLE_YEARS_BACK), TODAY.plusYears(ActionPlan.CYCLE_YEARS_AHEAD)))
                .doesNotThrowAnyException();
    }

    @Test
    void theDatesOfAPlansRecordsStayNearItsCycle() {
        ActionPlan plan = plan(LocalDate.of(TODAY.getYear(), 1, 1), LocalDate.of(TODAY.getYear() + 1, 12, 31));
        assertThatCode(() -> plan.requireNearCycle(LocalDate.of(TODAY.getYear() - 1, 1, 1), "startDate")).doesNotThrowAnyException();
        assertThatCode(() -> plan.requireNearCycle(LocalDate.of(TODAY.getYear() + 2, 12, 31), "endDate")).doesNotThrowAnyException();
        assertThatThrownBy(() -> plan.requireNearCycle(LocalDate.of(TODAY.getYear() - 1, 12, 31).minusYears(1), "startDate"))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "startDate")
                .hasFieldOrPropertyWithValue("messageKey", "plan.date.outsideCycle");
        assertThatThrownBy(() -> plan.requireNearCycle(LocalDate.of(9999, 1, 1), "heldOn"))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "heldOn");
    }
}
