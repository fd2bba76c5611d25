package org.cocrea.transparency;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends new signed heads to the witnesses, after the appending transaction commits, from the
 * server's managed executor: to e-mail witnesses through the mail outbox, to URL witnesses as an
 * HTTP POST of the head's JSON. Best effort: a failed delivery is
 * tried again {@value #ATTEMPTS} times in all, 30 s and then 2 min later, every attempt recorded
 * ({@link WitnessDelivery}). Heads that follow each other quickly are sent as one: the latest.
 */
@ApplicationScoped
public class WitnessCourier {

    private static final Logger LOG = Logger.getLogger(WitnessCourier.class.getName());
    static final int ATTEMPTS = 3;
    private static final long[] RETRY_SECONDS = {30, 120};

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private Witnesses witnesses;

    private final AtomicBoolean scheduled = new AtomicBoolean();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    void headSigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignedHead head) {
        if (witnesses.anyWitness() && scheduled.compareAndSet(false, true)) {
            executor.schedule(this::deliverLatest, 1, TimeUnit.SECONDS);
        }
    }

    private void deliverLatest() {
        scheduled.set(false);
        try {
            for (Witnesses.Outgoing outgoing : witnesses.startDeliveriesOfLatestHead()) {
                attempt(outgoing.deliveryId(), outgoing.url(), outgoing.body(), 1);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not deliver the latest tree head to the witnesses", e);
        }
    }

    private void attempt(long deliveryId, String url, String body, int attempt) {
        String error = post(url, body);
        witnesses.attempted(deliveryId, error);
        if (error != null && attempt < ATTEMPTS) {
            executor.schedule(() -> attempt(deliveryId, url, body, attempt + 1), RETRY_SECONDS[attempt - 1], TimeUnit.SECONDS);
        }
    }

    /** Null when the witness answered 2xx; otherwise what went wrong. */
    private String post(String url, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
