package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingSource;
import org.cocrea.shared.Caller;

/**
 * For the secretariat of a state: its open agreements overdue or due within
 * {@link Agreement#DUE_SOON_DAYS}, with their session (where they are marked done), in one query.
 */
@ApplicationScoped
public class AgreementsPending implements PendingSource {

    private static final String OPEN_AND_DUE = "select a from Agreement a join fetch a.session "
            + "where a.stateId = :state and a.doneOn is null and a.dueOn <= :soon";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public List<PendingItem> pendingFor(Caller caller, LocalDate today) {
        boolean secretariat = caller.runsSecretariatOf(caller.stateId());
        List<Agreement> due = !secretariat ? List.of() : em.createQuery(OPEN_AND_DUE, Agreement.class)
                .setParameter("state", caller.stateId())
                .setParameter("soon", today.plusDays(Agreement.DUE_SOON_DAYS))
                .getResultList();
        return due.stream().map(a -> new PendingItem(PendingKind.AGREEMENT_DUE, a.getId(), a.getSession().getId(),
                a.getText(), a.getSession().getTitle(), a.getDueOn(), a.isOverdue(today))).toList();
    }
}
