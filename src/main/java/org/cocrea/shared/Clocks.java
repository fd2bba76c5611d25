package org.cocrea.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" in the product: every service, page and rule that needs the time or
 * today's date injects this {@link Clock} (UTC; "today" is then taken in the record's state zone,
 * {@link Dates#today}). {@code cocrea.clock.start} (MicroProfile Config, an ISO instant such as
 * {@code 2026-12-01T18:00:00Z}) starts the clock at that instant when the application starts,
 * and lets it run from there: for demonstrations and for trying an hour of the day.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "cocrea.clock.start")
    Optional<String> start;

    private Clock clock;

    @PostConstruct
    void start() {
        Clock system = Clock.systemUTC();
        clock = start.filter(s -> !s.isBlank())
                .map(s -> Clock.offset(system, Duration.between(system.instant(), Instant.parse(s.trim()))))
                .orElse(system);
    }

    @Produces
    public Clock clock() {
        return clock;
    }
}
