package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingSource;
import org.cocrea.shared.Caller;

/**
 * For a person of an organization: completed milestones waiting for its sign-off, and its own
 * milestones overdue or at risk (a report is due). Two queries, whatever the number of milestones.
 * Nothing for an evaluator: its organization's milestones are not its to report.
 */
@ApplicationScoped
public class MilestonesPending implements PendingSource {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private MilestoneService milestones;

    @Override
    public List<PendingItem> pendingFor(Caller caller, LocalDate today) {
        if (!caller.followsUpForItsOrganization() || caller.stateId() == null) {
            return List.of();
        }
        List<PendingItem> items = new ArrayList<>();
        for (Milestone m : milestones.awaitingSignOffOf(caller)) {
            if (!m.partiesSignableBy(caller).isEmpty()) {
                items.add(new PendingItem(PendingKind.SIGNATURE, m.getId(), m.getCommitment().getId(), m.getTitle(),
                        m.getCommitment().getPublishedTitle(), null, false));
            }
        }
        // the flags' own rule (Milestone.isAtRisk / isOverdue): not done and ending within AT_RISK_DAYS or before today
        List<Object[]> due = em.createQuery("select distinct m.id, m.title, c.id, c.publishedTitle, m.endDate from Milestone m "
                        + "join m.commitment c join m.responsibles r where r.id = :actor and c.stateId = :state "
                        + "and c.publishedVersion is not null and m.status in :open and m.endDate <= :soon", Object[].class)
                .setParameter("actor", caller.actorId())
                .setParameter("state", caller.stateId())
                .setParameter("open", List.of(MilestoneStatus.NOT_STARTED, MilestoneStatus.IN_PROGRESS))
                .setParameter("soon", today.plusDays(Milestone.AT_RISK_DAYS))
                .getResultList();
        for (Object[] row : due) {
            LocalDate end = (LocalDate) row[4];
            boolean overdue = Milestone.overdue(MilestoneStatus.IN_PROGRESS, end, today);
            items.add(new PendingItem(overdue ? PendingKind.REPORT_OVERDUE : PendingKind.REPORT_DUE, (Long) row[0], (Long) row[2],
                    (String) row[1], (String) row[3], end, overdue));
        }
        return items;
    }
}
