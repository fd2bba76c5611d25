package org.cocrea.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    private final MovingClock clock = new MovingClock();
    private final SignInAttempts attempts = new SignInAttempts(clock);

    @Test
    void fourFailuresStillLetThePersonTry() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("osc.son");
        }
        assertEquals(0, attempts.minutesBlocked("osc.son"));
    }

    @Test
    void theFifthFailureBlocksThatUsernameOnly() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("osc.son");
        }
        assertEquals(15, attempts.minutesBlocked("OSC.son "));
        assertEquals(0, attempts.minutesBlocked("secretariado.son"));
    }

    @Test
    void theBlockEndsWhenTheFailuresInTheWindowDropBelowTheLimit() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("osc.son");
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(10, attempts.minutesBlocked("osc.son")); // failures at minutes 0..4, now 5: the first leaves at 15
        clock.advance(Duration.ofMinutes(11));
        assertEquals(0, attempts.minutesBlocked("osc.son"));
    }

    @Test
    void aSuccessForgetsTheFailures() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("osc.son");
        }
        attempts.succeeded("osc.son");
        attempts.failed("osc.son");
        assertEquals(0, attempts.minutesBlocked("osc.son"));
    }

    @Test
    void oldFailuresDoNotCount() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("osc.son");
        }
        clock.advance(Duration.ofMinutes(16));
        attempts.failed("osc.son");
        assertTrue(attempts.minutesBlocked("osc.son") == 0);
    }
}
