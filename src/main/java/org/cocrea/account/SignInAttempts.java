package org.cocrea.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: while a username (the account's stored name, as
 * {@link AccountService#signInName} gives it; any other text is counted without case, spaces or accents) has {@value #MAX_FAILURES} or more failed
 * sign-ins within the last {@link #WINDOW}, it cannot sign in. Kept in memory, per instance:
 * enough against guessing, and a restart forgives.
 */
@ApplicationScoped
public class SignInAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInAttempts() {
        this(Clock.systemUTC());
    }

    SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Minutes until this username may try again; zero when it may try now. */
    public long minutesBlocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            forgetOld(recent);
            if (recent.size() < MAX_FAILURES) {
                return 0;
            }
            // free again when the failures in the window drop below the limit
            Instant freeAt = recent.stream().skip(recent.size() - MAX_FAILURES).findFirst().orElseThrow().plus(WINDOW);
            Duration left = Duration.between(clock.instant(), freeAt);
            return Math.max(1, (left.toSeconds() + 59) / 60);
        }
    }

    public void failed(String username) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOld(recent);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return Usernames.folded(username);
    }
}
