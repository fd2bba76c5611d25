package org.cocrea.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.shared.persistence.ClusterLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code cocrea.mail.reminders.period} (default {@code PT1H}; {@code PT0S} off), first a minute
 * after start-up: fires {@link ReminderTick} (the features write the day's reminders in their state's
 * zone, once per day) and then writes the daily digests ({@link Digests}). Every instance schedules it;
 * the ledgers make each reminder and digest happen once, and the database lock {@value #LOCK}
 * ({@link ClusterLock}, issue 12) keeps two instances from running a round at the same time (the
 * second skips its turn rather than race the first into the ledgers' unique keys).
 */
@ApplicationScoped
public class DailyReminders {

    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

    static final String LOCK = "cocrea.mail.reminders";

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private Event<ReminderTick> ticks;

    @Inject
    private Digests digests;

    @Inject
    private Clock clock;

    @Inject
    private ClusterLock lock;

    @Inject
    @ConfigProperty(name = "cocrea.mail.reminders.period", defaultValue = "PT1H")
    String period;

    private ScheduledFuture<?> running;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long millis = Duration.parse(period).toMillis();
        if (millis > 0) {
            running = executor.scheduleWithFixedDelay(this::tickSafely, 60_000, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }

    private void tickSafely() {
        try {
            lock.runAlone(LOCK, () -> true, this::tick);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the daily reminders could not run", e);
        }
    }

    /** One round: the features' reminders, then the digests. */
    public void tick() {
        try {
            ticks.fire(new ReminderTick(clock.instant()));
        } finally {
            digests.writeDue(clock.instant()); // the digests go out even if a feature's reminders failed
        }
    }
}
