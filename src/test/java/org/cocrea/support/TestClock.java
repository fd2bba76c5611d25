package org.cocrea.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A clock for unit tests that build entities by hand: the same instant every run. */
public final class TestClock {

    /** 15 June 2026, 18:00 UTC: noon in Mexico City, 11:00 in Hermosillo, already the 16th in Kiritimati. */
    public static final Clock FIXED = Clock.fixed(Instant.parse("2026-06-15T18:00:00Z"), ZoneOffset.UTC);

    private TestClock() {
    }
}
