package org.cocrea.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.cocrea.mail.MailStatus;
import org.cocrea.mail.Outbox;
import org.cocrea.transparency.TransparencyLog;

/**
 * The counts behind the gauges, in a transaction of their own: they run on an executor thread,
 * where the application's non-transactional EntityManager must not be used.
 */
@ApplicationScoped
@Transactional
public class OperationsCounts {

    @Inject
    private Outbox outbox;

    @Inject
    private TransparencyLog log;

    /** The outbox's pending and failed mails and the log's size, counted now. */
    record Figures(long mailPending, long mailFailed, long logSize) {
    }

    Figures count() {
        Map<MailStatus, Long> backlog = outbox.backlog();
        return new Figures(backlog.get(MailStatus.PENDING), backlog.get(MailStatus.FAILED), log.size());
    }
}
