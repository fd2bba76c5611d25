package org.cocrea.milestone;

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
import org.cocrea.commitment.Commitment;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.ReminderTick;
import org.cocrea.mail.Reminders;

/**
 * The daily milestone reminders (issue 13): due in 15 days, and overdue every day until the milestone
 * moves, for milestones of public commitments, measured in each milestone's state zone
 * ({@link Milestone#reminderOn}); once per milestone and day ({@link Reminders}).
 */
@ApplicationScoped
public class MilestoneReminders {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Reminders reminders;

    @Inject
    private MilestoneMail mail;

    @Transactional // the observer is the business method the event calls: its transaction (not remindAt's, a self-call)
    void onTick(@Observes ReminderTick tick) {
        remindAt(tick.now());
    }

    /** Writes the reminders of the day {@code now} falls on in each state; returns how many milestones were reminded. */
    @Transactional
    public int remindAt(Instant now) {
        // a day's margin on both sides of UTC covers every state's today
        LocalDate latest = now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(Milestone.AT_RISK_DAYS + 1L);
        List<Milestone> candidates = em.createQuery("select m from Milestone m join fetch m.commitment c join fetch c.plan p "
                        + "join fetch p.state where m.status in :open and m.endDate <= :latest and " + Commitment.publicWhere("c")
                        + " order by m.id", Milestone.class)
                .setParameter("open", List.of(MilestoneStatus.NOT_STARTED, MilestoneStatus.IN_PROGRESS))
                .setParameter("latest", latest)
                .getResultList();
        Clock at = Clock.fixed(now, ZoneOffset.UTC);
        int reminded = 0;
        for (Milestone milestone : candidates) {
            LocalDate today = milestone.today(at);
            var kind = milestone.reminderOn(today);
            if (kind.isPresent() && reminders.firstToday(kind.get(), milestone.getId(), today)) {
                if (kind.get() == MailKind.MILESTONE_OVERDUE) {
                    mail.remind(kind.get(), milestone, milestone.getEndDate(), ChronoUnit.DAYS.between(milestone.getEndDate(), today));
                } else {
                    mail.remind(kind.get(), milestone, milestone.getEndDate());
                }
                reminded++;
            }
        }
        return reminded;
    }
}
