package org.cocrea.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.Records;

/**
 * The transactional outbox. Services call {@link #enqueue} inside the transaction of the event:
 * the mails are rows of that transaction, so a rolled-back event sends nothing, and nothing is lost
 * when the SMTP server or the application is down ({@link MailSender} delivers them later). The
 * administrator reads what failed and what was sent, and retries failures.
 */
@ApplicationScoped
@Transactional
public class Outbox {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailSettings settings;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<MailEnqueued> enqueued;

    /**
     * Writes one mail of {@code kind} per recipient (one per address), rendered in each one's
     * language, about the page at {@code path}: at once, held for the daily digest, or not at all,
     * as each person chose. The person whose action caused the event is not told about it.
     *
     * @param stateId   the state the event belongs to (null for none)
     * @param path      the page the mail links to, e.g. {@code /stl/commitment?id=4}; null for none
     * @param arguments the arguments of the kind's texts ({@code mail.<KIND>.*})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(MailKind kind, Collection<Recipient> to, Long stateId, String path, Object... arguments) {
        write(kind, to, currentCaller.get().accountId(), stateId, path, arguments);
    }

    /** {@link #enqueue} for a scheduled job, which runs for nobody (no request, no caller). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueForJob(MailKind kind, Collection<Recipient> to, Long stateId, String path, Object... arguments) {
        write(kind, to, null, stateId, path, arguments);
    }

    private void write(MailKind kind, Collection<Recipient> to, Long actingAccountId, Long stateId, String path,
                       Object... arguments) {
        Map<Long, Delivery> chosen = preferences(kind, to);
        Instant now = clock.instant();
        Set<String> addresses = new HashSet<>();
        boolean any = false;
        for (Recipient recipient : to) {
            if (recipient.accountId() != null && recipient.accountId().equals(actingAccountId)
                    || !addresses.add(recipient.address().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Delivery delivery = recipient.accountId() == null ? Delivery.AT_ONCE
                    : chosen.getOrDefault(recipient.accountId(), Delivery.AT_ONCE);
            if (delivery == Delivery.NEVER) {
                continue;
            }
            String link = path == null ? null : settings.link(path);
            String stop = recipient.unsubscribePath() != null ? settings.link(recipient.unsubscribePath())
                    : unsubscribeLink(recipient.accountId(), kind);
            Rendered rendered = MailTexts.render(kind, recipient, link, stop, arguments);
            em.persist(new MailMessage(kind, recipient, stateId, rendered, link,
                    delivery == Delivery.DIGEST ? MailStatus.HELD : MailStatus.PENDING, now));
            any = true;
        }
        if (any) {
            enqueued.fire(new MailEnqueued());
        }
    }

    /** The one-click unsubscribe address of a kind for an account, or null when it cannot be switched off. */
    String unsubscribeLink(Long accountId, MailKind kind) {
        return unsubscribeAt("/mail/unsubscribe", accountId, kind);
    }

    /** The same for mail clients' own button (RFC 8058: a POST, the {@code List-Unsubscribe} header). */
    String oneClickLink(Long accountId, MailKind kind) {
        return unsubscribeAt("/mail/one-click", accountId, kind);
    }

    private String unsubscribeAt(String path, Long accountId, MailKind kind) {
        if (accountId == null || !kind.isOptional()) {
            return null;
        }
        return settings.link(path + "?t=" + settings.tokens().sign(accountId, kind));
    }

    private Map<Long, Delivery> preferences(MailKind kind, Collection<Recipient> to) {
        List<Long> accounts = to.stream().map(Recipient::accountId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!kind.isOptional() || accounts.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from MailPreference p where p.kind = :kind and p.accountId in :accounts",
                        MailPreference.class)
                .setParameter("kind", kind)
                .setParameter("accounts", accounts)
                .getResultStream()
                .collect(Collectors.toMap(p -> (Long) p.getId(), MailPreference::getDelivery));
    }

    /** Mails that failed for good, and pending ones whose last attempt failed, newest first: for the administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailMessage> failures(int limit) {
        currentCaller.get().requireAdmin();
        return em.createQuery("select m from MailMessage m where m.status = :failed "
                        + "or (m.status = :pending and m.lastError is not null) order by m.id desc", MailMessage.class)
                .setParameter("failed", MailStatus.FAILED)
                .setParameter("pending", MailStatus.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The latest mails that left (or, in demo mode, were kept), newest first: the "Correo enviado" page;
     * only those to {@code recipient} when it is given (the administrator looks for one person's mail).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailMessage> sent(int limit, String recipient) {
        currentCaller.get().requireAdmin();
        String to = recipient == null ? "" : recipient.strip().toLowerCase(java.util.Locale.ROOT);
        var query = em.createQuery("select m from MailMessage m where m.status in :delivered"
                        + (to.isEmpty() ? "" : " and lower(m.recipient) = :to") + " order by m.sentAt desc, m.id desc",
                        MailMessage.class)
                .setParameter("delivered", List.of(MailStatus.SENT, MailStatus.KEPT))
                .setMaxResults(limit);
        return (to.isEmpty() ? query : query.setParameter("to", to)).getResultList();
    }

    /** The administrator sends a failed mail again (audited). */
    public void retry(long mailId) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        MailMessage mail = Records.found(em.find(MailMessage.class, mailId));
        var before = mail.auditSnapshot();
        mail.retry(clock.instant());
        audit.record(caller.username(), "RETRY", mail, before);
        enqueued.fire(new MailEnqueued());
    }

    /** How many mails wait in the outbox, by status (pending and failed only): for the operators' metrics. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<MailStatus, Long> backlog() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        counts.put(MailStatus.PENDING, 0L);
        counts.put(MailStatus.FAILED, 0L);
        em.createQuery("select m.status, count(m) from MailMessage m where m.status in :waiting group by m.status",
                        Object[].class)
                .setParameter("waiting", List.of(MailStatus.PENDING, MailStatus.FAILED))
                .getResultStream()
                .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Whether mail goes to an SMTP server (false: demo mode, mail is kept). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean sends() {
        return settings.sends();
    }
}
