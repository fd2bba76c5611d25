package org.cocrea.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox from the server's managed scheduled executor: every {@code cocrea.mail.poll}
 * (default 10 s), and at once after a transaction that wrote mail commits. Each run claims due mails
 * in batches ({@link MailDelivery}) and hands them to the SMTP server one by one; in demo mode (no
 * {@code cocrea.mail.host}) it keeps them instead. Any number of runs, on any number of instances,
 * may overlap: the claims make each mail go out once.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 20;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private MailDelivery delivery;

    @Inject
    private MailTransport transport;

    @Inject
    private MailSettings settings;

    /** Tells this instance's claims from another's (the claim column). */
    private final String instance = UUID.randomUUID().toString();

    /** How often the sender looks whether a committed transaction asked for a run. */
    private static final long WAKE_CHECK_MILLIS = 250;

    private final AtomicBoolean wakeRequested = new AtomicBoolean();

    private ScheduledFuture<?> polling;

    private ScheduledFuture<?> waking;

    /*
     * Every task is scheduled here, at start-up, never from a request: a task submitted from a request
     * thread carries that request's invocation, and when it ends Payara closes the request's
     * non-transactional EntityManagers under it ("operation on a closed EntityManager").
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long millis = settings.poll().toMillis();
        if (millis > 0) {
            polling = executor.scheduleWithFixedDelay(this::runSafely, millis, millis, TimeUnit.MILLISECONDS);
        }
        waking = executor.scheduleWithFixedDelay(this::runIfWoken, WAKE_CHECK_MILLIS, WAKE_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        if (waking != null) {
            waking.cancel(false);
        }
    }

    /** After a transaction that wrote mail commits: the sender runs within {@value #WAKE_CHECK_MILLIS} ms. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailEnqueued event) {
        wakeRequested.set(true);
    }

    private void runIfWoken() {
        if (wakeRequested.getAndSet(false)) {
            runSafely();
        }
    }

    private void runSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the mail sender could not run", e);
        }
    }

    /** Sends what is due now, batch after batch, until nothing is; returns how many attempts it made. */
    public int sendDue() {
        return sendDue(instance);
    }

    /** {@link #sendDue()} as a named sender (tests run two "instances" against each other). */
    public int sendDue(String sender) {
        int attempts = 0;
        List<Outgoing> batch;
        do {
            batch = delivery.claim(sender, BATCH);
            for (Outgoing mail : batch) {
                boolean keep = !settings.sends();
                MailTransport.Outcome outcome = keep ? MailTransport.Outcome.DELIVERED : transport.send(mail);
                delivery.record(mail.id(), sender, outcome, keep);
                attempts++;
            }
        } while (batch.size() == BATCH);
        return attempts;
    }
}
