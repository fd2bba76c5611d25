package org.cocrea.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's rules, without the database: what one more failure does to a name's count. */
class FailedSignInsTest {

    private static final Instant START = Instant.parse("2026-11-21T12:00:00Z");

    private static FailedSignIns failures(int count, Duration apart) {
        FailedSignIns state = FailedSignIns.none(START);
        for (int i = 0; i < count; i++) {
            state = state.afterFailure(START.plus(apart.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void fourFailuresStillLetThePersonTry() {
        FailedSignIns four = failures(4, Duration.ZERO);
        assertEquals(4, four.failures());
        assertNull(four.blockedUntil());
        assertEquals(0, four.minutesBlocked(START));
    }

    @Test
    void theFifthFailureBlocksForTheWholeWindow() {
        FailedSignIns five = failures(5, Duration.ZERO);
        assertEquals(START.plus(Duration.ofMinutes(15)), five.blockedUntil());
        assertEquals(15, five.minutesBlocked(START));
    }

    @Test
    void theBlockEndsWhenTheOldestFailureLeavesTheWindow() {
        FailedSignIns five = failures(5, Duration.ofMinutes(1)); // minutes 0..4
        Instant minute5 = START.plus(Duration.ofMinutes(5));
        assertEquals(10, five.minutesBlocked(minute5));
        assertEquals(1, five.minutesBlocked(START.plus(Duration.ofSeconds(14 * 60 + 59))));
        assertEquals(0, five.minutesBlocked(START.plus(Duration.ofMinutes(15))));
        assertEquals(0, five.minutesBlocked(START.plus(Duration.ofMinutes(16))));
    }

    @Test
    void partOfAMinuteCountsAsAMinute() {
        FailedSignIns five = failures(5, Duration.ZERO);
        assertEquals(15, five.minutesBlocked(START.plusSeconds(1)));
        assertEquals(14, five.minutesBlocked(START.plusSeconds(60)));
    }

    @Test
    void failuresWhileBlockedAreCountedButDoNotLengthenTheBlock() {
        FailedSignIns seven = failures(7, Duration.ofMinutes(1));
        assertEquals(7, seven.failures());
        assertEquals(START.plus(Duration.ofMinutes(15)), seven.blockedUntil());
    }

    @Test
    void oldFailuresDoNotCount() {
        FailedSignIns four = failures(4, Duration.ZERO);
        Instant later = START.plus(Duration.ofMinutes(16));
        FailedSignIns fresh = four.afterFailure(later);
        assertEquals(1, fresh.failures());
        assertEquals(later, fresh.windowStart());
        assertEquals(0, fresh.minutesBlocked(later));
    }

    @Test
    void afterABlockTheNextFailureOpensANewWindow() {
        FailedSignIns five = failures(5, Duration.ZERO);
        Instant after = START.plus(Duration.ofMinutes(15));
        FailedSignIns next = five.afterFailure(after);
        assertEquals(1, next.failures());
        assertNull(next.blockedUntil());
    }

    @Test
    void aRowIsOverOnlyWhenItsWindowAndBlockAre() {
        FailedSignIns five = failures(5, Duration.ZERO);
        assertFalse(five.over(START.plus(Duration.ofMinutes(14))));
        assertTrue(five.over(START.plus(Duration.ofMinutes(15))));
        assertFalse(failures(1, Duration.ZERO).over(START.plus(Duration.ofMinutes(10))));
        assertTrue(FailedSignIns.overBefore(START).isBefore(START));
    }
}
