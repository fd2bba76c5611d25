package org.cocrea.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of the sign-in throttle, in one place, and the failures of one sign-in name as the
 * database keeps them ({@code sign_in_attempt}, {@link SignInAttempts}). A window opens at a name's
 * first failure and lasts {@link #WINDOW}; the {@value #MAX_FAILURES}th failure within it blocks the
 * name until the window ends, i.e. until the oldest of those failures is {@link #WINDOW} old. The
 * first failure after the window starts a new one. Failures while blocked are counted but do not
 * lengthen the block. Pure: the time is always given.
 *
 * @param failures     the failures since {@code windowStart}
 * @param windowStart  when the window opened (its first failure)
 * @param blockedUntil when the name may try again, or null when it is not blocked
 */
public record FailedSignIns(int failures, Instant windowStart, Instant blockedUntil) {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** A name with no failure yet, as the row is first written (its window opens with the first failure). */
    static FailedSignIns none(Instant now) {
        return new FailedSignIns(0, now, null);
    }

    /** The count after one more failure at {@code now}. */
    FailedSignIns afterFailure(Instant now) {
        if (failures > 0 && over(now)) {
            return new FailedSignIns(1, now, null);
        }
        int counted = failures + 1;
        Instant blocked = blockedUntil == null && counted >= MAX_FAILURES ? windowStart.plus(WINDOW) : blockedUntil;
        return new FailedSignIns(counted, failures == 0 ? now : windowStart, blocked);
    }

    /** Whole minutes (rounded up, at least one) until the name may try again; zero when it may now. */
    long minutesBlocked(Instant now) {
        if (blockedUntil == null || !now.isBefore(blockedUntil)) {
            return 0;
        }
        long seconds = Duration.between(now, blockedUntil).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    /** Whether the window and any block are over: the row may be deleted. */
    boolean over(Instant now) {
        return !now.isBefore(windowStart.plus(WINDOW)) && (blockedUntil == null || !now.isBefore(blockedUntil));
    }

    /** Rows whose window started before this are over (the block never outlasts the window). */
    static Instant overBefore(Instant now) {
        return now.minus(WINDOW);
    }
}
