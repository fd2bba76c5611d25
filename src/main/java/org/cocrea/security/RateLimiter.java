package org.cocrea.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client (issue 14): each client may make {@code requests} requests at once and
 * gets them back evenly over {@code period} seconds. {@link #take} answers 0 when the request may
 * go on, or the whole seconds to wait before the next one would be let through (what
 * {@code Retry-After} says). At most {@code maxClients} buckets are kept: past that, the buckets
 * that are full again (clients that stopped asking) are dropped, and if none is, the oldest
 * requests' clients start over. Pure but for the clock; safe across threads.
 */
public final class RateLimiter {

    private final int requests;
    private final double perNano;
    private final int maxClients;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int requests, long periodSeconds, int maxClients, Clock clock) {
        if (requests < 1 || periodSeconds < 1 || maxClients < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one request, one second and one client");
        }
        this.requests = requests;
        this.perNano = requests / (periodSeconds * 1_000_000_000.0);
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Takes one request of the client's allowance: 0 if it may go on, else the seconds until it may (at least 1). */
    public long take(String client) {
        long now = nanos();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            sweep(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(requests, now));
        synchronized (bucket) {
            bucket.refill(now, perNano, requests);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1_000_000_000.0));
        }
    }

    /** How many clients are remembered now. */
    public int clients() {
        return buckets.size();
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, perNano, requests);
                return e.getValue().tokens >= requests;
            }
        });
        if (buckets.size() >= maxClients) {
            buckets.clear();
        }
    }

    private long nanos() {
        java.time.Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long now, double perNano, int capacity) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perNano);
                at = now;
            }
        }
    }
}
