package org.cocrea.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sender's two short transactions around each SMTP conversation: {@link #claim} takes due mails
 * (rows locked with {@code FOR UPDATE SKIP LOCKED}, then leased to this sender, so that a sender on
 * another instance skips them now and after the commit), and {@link #record} writes how the attempt
 * ended, only while the claim is still this sender's. No transaction stays open while the SMTP server
 * answers. A sender that dies leaves its claims to run out: the mail is sent again after the lease.
 */
@ApplicationScoped
public class MailDelivery {

    /** How long a claim holds: far longer than one SMTP conversation (its timeouts are 10–20 s). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outgoing> claim(String sender, int limit) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM mail_message WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) "
                        + "ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, at)
                .setParameter(2, at)
                .setParameter(3, limit)
                .getResultList();
        List<Outgoing> claimed = new ArrayList<>();
        for (Number id : ids) {
            MailMessage mail = em.find(MailMessage.class, id.longValue());
            mail.claim(sender, now, LEASE);
            claimed.add(new Outgoing(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getText(), mail.getHtml(),
                    outbox.oneClickLink(mail.getAccountId(), mail.getKind())));
        }
        return claimed;
    }

    /** How the attempt ended; ignored when the claim ran out and another sender took the mail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long mailId, String sender, MailTransport.Outcome outcome, boolean kept) {
        MailMessage mail = em.find(MailMessage.class, mailId);
        if (mail == null || !mail.isClaimedBy(sender)) {
            return;
        }
        Instant now = clock.instant();
        if (outcome.delivered()) {
            mail.delivered(now, kept);
        } else {
            mail.failed(now, outcome.error(), outcome.permanent(), settings.retryPauses());
        }
    }
}
