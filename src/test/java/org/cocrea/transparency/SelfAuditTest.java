package org.cocrea.transparency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 12: one self-audit per period across the instances of a cluster. */
class SelfAuditTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Duration PERIOD = Duration.ofHours(6);

    @Test
    void theFirstAuditIsDue() {
        assertTrue(SelfAudit.isDue(null, NOW, PERIOD));
    }

    @Test
    void anAuditByAnotherInstanceLessThanHalfAPeriodAgoSkipsThisOne() {
        assertFalse(SelfAudit.isDue(NOW.minus(Duration.ofHours(1)), NOW, PERIOD));
        assertFalse(SelfAudit.isDue(NOW.minus(Duration.ofHours(3)).plusSeconds(1), NOW, PERIOD));
    }

    @Test
    void anAuditHalfAPeriodAgoOrOlderLetsThisOneRun() {
        assertTrue(SelfAudit.isDue(NOW.minus(Duration.ofHours(3)), NOW, PERIOD));
        assertTrue(SelfAudit.isDue(NOW.minus(Duration.ofHours(6)), NOW, PERIOD));
    }
}
