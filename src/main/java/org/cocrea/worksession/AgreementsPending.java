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

/** For the secretariat of a state: open agreements overdue or due within {@link Agreement#DUE_SOON_DAYS}, in one query. */
@ApplicationScoped
public class AgreementsPending implements PendingSource {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public List<PendingItem> pendingFor(Caller caller, LocalDate today) {
        if (!caller.runsSecretariatOf(caller.stateId())) {
            return List.of();
        }
        return em.createQuery("select a.id, a.text, s.id, s.title, a.dueOn from Agreement a join a.session s "
                        + "where a.stateId = :state and a.doneOn is null and a.dueOn <= :soon", Object[].class)
                .setParameter("state", caller.stateId())
                .setParameter("soon", today.plusDays(Agreement.DUE_SOON_DAYS))
                .getResultStream()
                .map(row -> new PendingItem(PendingKind.AGREEMENT_DUE, (Long) row[0], (Long) row[2], (String) row[1], (String) row[3],
                        (LocalDate) row[4], Agreement.overdue(null, (LocalDate) row[4], today)))
                .toList();
    }
}
