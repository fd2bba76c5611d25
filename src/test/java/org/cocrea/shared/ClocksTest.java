package org.cocrea.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClocksTest {

    private static Clocks configured(String start) {
        Clocks clocks = new Clocks();
        clocks.start = Optional.ofNullable(start);
        clocks.start();
        return clocks;
    }

    @Test
    void withoutASettingItIsTheSystemsClockInUtc() {
        Clocks clocks = configured(null);
        assertEquals(ZoneOffset.UTC, clocks.clock().getZone());
        assertThat(Duration.between(Instant.now(java.time.Clock.systemUTC()), clocks.clock().instant()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(Instant.now(java.time.Clock.systemUTC()), configured("  ").clock().instant()).abs())
                .isLessThan(Duration.ofMinutes(1));
    }

    /** A demonstration at another hour: the clock starts there and runs on. */
    @Test
    void aStartSettingMovesTheClockThereAndLetsItRun() {
        Instant start = Instant.parse("2026-12-02T05:30:00Z");
        Clocks clocks = configured(" 2026-12-02T05:30:00Z ");
        Instant read = clocks.clock().instant();
        assertThat(Duration.between(start, read)).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(clocks.clock().instant()).isAfterOrEqualTo(read);
    }
}
