package org.cocrea.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.shared.Dates;

/**
 * The daily digest: from {@value #HOUR}:00 on (Mexico City time), once a day per person, the mails
 * held for it ({@link MailStatus#HELD}) go out as one, each as its subject and link.
 */
@ApplicationScoped
public class Digests {

    static final int HOUR = 7;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Reminders reminders;

    @Inject
    private MailSettings settings;

    @Inject
    private Event<MailEnqueued> enqueued;

    @Inject
    private Clock clock;

    /**
     * Writes the digests due at {@code now} (the day and hour they belong to; the mails themselves are
     * written, and due, at the clock's time); returns how many.
     */
    @Transactional
    public int writeDue(Instant now) {
        ZonedDateTime local = now.atZone(Dates.DEFAULT_ZONE);
        if (local.getHour() < HOUR) {
            return 0;
        }
        LocalDate day = local.toLocalDate();
        List<MailMessage> held = em.createQuery("select m from MailMessage m where m.status = :held order by m.accountId, m.id",
                        MailMessage.class)
                .setParameter("held", MailStatus.HELD)
                .getResultList();
        Map<Long, List<MailMessage>> byAccount = new LinkedHashMap<>();
        held.forEach(m -> byAccount.computeIfAbsent(m.getAccountId(), k -> new java.util.ArrayList<>()).add(m));
        int count = 0;
        for (Map.Entry<Long, List<MailMessage>> entry : byAccount.entrySet()) {
            if (entry.getKey() != null && reminders.firstToday(MailKind.DIGEST, entry.getKey(), day)) {
                Instant written = clock.instant();
                em.persist(digestOf(entry.getValue(), written));
                entry.getValue().forEach(m -> m.digested(written));
                count++;
            }
        }
        if (count > 0) {
            enqueued.fire(new MailEnqueued());
        }
        return count;
    }

    private MailMessage digestOf(List<MailMessage> mails, Instant now) {
        MailMessage latest = mails.get(mails.size() - 1);
        Recipient to = latest.recipientAgain();
        Locale locale = Locale.forLanguageTag(to.language());
        StringBuilder body = new StringBuilder();
        for (MailMessage mail : mails) {
            body.append("• ").append(mail.getSubject());
            if (mail.getLink() != null) {
                body.append("\n  ").append(mail.getLink());
            }
            body.append("\n");
        }
        Rendered rendered = MailTexts.compose(locale, to, MailTexts.text(locale, MailKind.DIGEST.subjectKey(), mails.size()),
                body.toString().strip(), MailTexts.text(locale, MailKind.DIGEST.whyKey()), settings.link("/account/mail"), null);
        return new MailMessage(MailKind.DIGEST, to, latest.getStateId(), rendered, settings.link("/account/mail"),
                MailStatus.PENDING, now);
    }
}
