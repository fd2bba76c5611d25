package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cocrea.account.Recipients;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.ReminderTick;
import org.cocrea.mail.Reminders;

/**
 * The daily agreement reminders (issue 13): to the accounts of the agreement's owner organization, due
 * in 15 days and overdue every day until it is done, in its state's zone ({@link Agreement#reminderOn});
 * once per agreement and day. Texts: {0} the agreement, {1} the state, {2} the session, {3} the due
 * date, {4} days overdue.
 */
@ApplicationScoped
public class AgreementReminders {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Reminders reminders;

    @Inject
    private Outbox outbox;

    @Inject
    private Recipients recipients;

    @Transactional // the observer is the business method the event calls: its transaction (not remindAt's, a self-call)
    void onTick(@Observes ReminderTick tick) {
        remindAt(tick.now());
    }

    /** Writes the reminders of the day {@code now} falls on in each state; returns how many agreements were reminded. */
    @Transactional
    public int remindAt(Instant now) {
        LocalDate latest = now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(Agreement.REMINDER_DAYS + 1L);
        List<Agreement> candidates = em.createQuery("select a from Agreement a join fetch a.session s join fetch s.plan p "
                        + "join fetch p.state join fetch a.owner where a.doneOn is null and a.dueOn <= :latest order by a.id",
                        Agreement.class)
                .setParameter("latest", latest)
                .getResultList();
        Clock at = Clock.fixed(now, ZoneOffset.UTC);
        int reminded = 0;
        for (Agreement agreement : candidates) {
            var state = agreement.getSession().getPlan().getState();
            LocalDate today = state.today(at);
            var kind = agreement.reminderOn(today);
            if (kind.isPresent() && reminders.firstToday(kind.get(), agreement.getId(), today)) {
                outbox.enqueueForJob(kind.get(), recipients.ofActors(List.of(agreement.getOwner().getId())), state.getId(),
                        // the owner's Pendientes lists it (a responsible actor cannot open /stl/agreements)
                        "/account/pending", agreement.getText(), state.getName(), agreement.getSession().getTitle(),
                        agreement.getDueOn(), ChronoUnit.DAYS.between(agreement.getDueOn(), today));
                reminded++;
            }
        }
        return reminded;
    }
}
