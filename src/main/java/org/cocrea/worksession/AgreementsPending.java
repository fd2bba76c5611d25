package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingSource;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Role;

/**
 * Open agreements overdue or due within {@link Agreement#DUE_SOON_DAYS}, with their session, in one
 * query: for the secretariat of a state, all of its state (it marks them done); for a responsible
 * actor's account, those its organization owns. Evaluators get none: their pending work is only
 * what they do as evaluators.
 */
@ApplicationScoped
public class AgreementsPending implements PendingSource {

    private static final String OPEN_AND_DUE = "select a from Agreement a join fetch a.session "
            + "where a.stateId = :state and a.doneOn is null and a.dueOn <= :soon";

    private static final String OWNED = " and a.owner.id = :owner";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public List<PendingItem> pendingFor(Caller caller, LocalDate today) {
        PendingKind kind;
        TypedQuery<Agreement> query;
        if (caller.runsSecretariatOf(caller.stateId())) {
            kind = PendingKind.AGREEMENT_DUE;
            query = em.createQuery(OPEN_AND_DUE, Agreement.class);
        } else if (caller.role() == Role.RESPONSIBLE_ACTOR && caller.actorId() != null) {
            kind = PendingKind.AGREEMENT_OWNED;
            query = em.createQuery(OPEN_AND_DUE + OWNED, Agreement.class).setParameter("owner", caller.actorId());
        } else {
            return List.of();
        }
        List<Agreement> due = query.setParameter("state", caller.stateId())
                .setParameter("soon", today.plusDays(Agreement.DUE_SOON_DAYS))
                .getResultList();
        return due.stream().map(a -> new PendingItem(kind, a.getId(), a.getSession().getId(),
                a.getText(), a.getSession().getTitle(), a.getDueOn(), a.isOverdue(today))).toList();
    }
}
