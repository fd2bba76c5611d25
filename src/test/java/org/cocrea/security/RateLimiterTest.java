package org.cocrea.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T18:00:00Z");

        void advance(Duration d) { now = now.plus(d); }
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void aClientGetsItsAllowanceThenWaitsAndGetsRequestsBackOverThePeriod() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(3, 60, 100, clock);
        assertThat(limiter.take("203.0.113.7")).isZero();
        assertThat(limiter.take("203.0.113.7")).isZero();
        assertThat(limiter.take("203.0.113.7")).isZero();
        assertThat(limiter.take("203.0.113.7")).as("seconds until one request is back").isEqualTo(20);
        assertThat(limiter.take("198.51.100.1")).as("another client has its own allowance").isZero();
        clock.advance(Duration.ofSeconds(19));
        assertThat(limiter.take("203.0.113.7")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.take("203.0.113.7")).isZero();
        assertThat(limiter.take("203.0.113.7")).isEqualTo(20);
        clock.advance(Duration.ofHours(1));
        assertThat(limiter.take("203.0.113.7")).as("never more than the allowance saved up").isZero();
        assertThat(limiter.take("203.0.113.7")).isZero();
        assertThat(limiter.take("203.0.113.7")).isZero();
        assertThat(limiter.take("203.0.113.7")).isPositive();
    }

    @Test
    void rememberedClientsStayBounded() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(2, 60, 10, clock);
        for (int i = 0; i < 1_000; i++) {
            limiter.take("10.0.0." + i);
            assertThat(limiter.clients()).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void aLimitNeedsARequestASecondAndAClient() {
        assertThatThrownBy(() -> new RateLimiter(0, 60, 10, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, 10, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theForwardedClientCountsOnlyThroughATrustedProxy() {
        List<String> proxies = List.of("10.0.0.2");
        assertThat(RateLimitFilter.clientOf("198.51.100.9", "203.0.113.7", proxies)).as("not a proxy: its header is ignored")
                .isEqualTo("198.51.100.9");
        assertThat(RateLimitFilter.clientOf("10.0.0.2", "203.0.113.7", proxies)).isEqualTo("203.0.113.7");
        assertThat(RateLimitFilter.clientOf("10.0.0.2", "1.2.3.4, 203.0.113.7, 10.0.0.2", proxies))
                .as("the nearest address that is not a proxy; a forged first hop does not help").isEqualTo("203.0.113.7");
        assertThat(RateLimitFilter.clientOf("10.0.0.2", null, proxies)).isEqualTo("10.0.0.2");
        assertThat(RateLimitFilter.clientOf("10.0.0.2", " , ", proxies)).isEqualTo("10.0.0.2");
    }
}
