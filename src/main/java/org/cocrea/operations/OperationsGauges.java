package org.cocrea.operations;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The application's gauges at {@code /metrics?scope=application}: the outbox's backlog (pending and
 * failed mails) and the transparency log's size. They are counted every {@code cocrea.metrics.sample}
 * (default 15 s) on the server's managed executor and the gauges read the last count: a scrape of
 * {@code /metrics} costs the database nothing, and no query runs on the metrics endpoint's thread.
 */
@ApplicationScoped
public class OperationsGauges {

    private static final Logger LOG = Logger.getLogger(OperationsGauges.class.getName());

    @Inject
    private MetricRegistry registry;

    @Inject
    private OperationsCounts counts;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "cocrea.metrics.sample", defaultValue = "PT15S")
    private String period;

    private final AtomicLong mailPending = new AtomicLong(-1);
    private final AtomicLong mailFailed = new AtomicLong(-1);
    private final AtomicLong logSize = new AtomicLong(-1);

    private ScheduledFuture<?> sampling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("cocrea.outbox.pending", "Mails waiting in the outbox to be sent", mailPending);
        gauge("cocrea.outbox.failed", "Mails that failed for good and wait for an administrator's retry", mailFailed);
        gauge("cocrea.transparency.log.size", "Entries in the transparency log (its tree size)", logSize);
        long millis = Duration.parse(period).toMillis();
        sampling = executor.scheduleWithFixedDelay(this::sample, 0, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sampling != null) {
            sampling.cancel(false);
        }
    }

    private void gauge(String name, String description, AtomicLong value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).withUnit(MetricUnits.NONE).build(),
                value::get);
    }

    /** Counts again; a count that fails (the database away) leaves the last one and is logged. */
    void sample() {
        try {
            OperationsCounts.Figures figures = counts.count();
            mailPending.set(figures.mailPending());
            mailFailed.set(figures.mailFailed());
            logSize.set(figures.logSize());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not count the outbox and the log for the metrics", e);
        }
    }
}
