package org.cocrea.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingSource;
import org.cocrea.shared.Caller;

/** For the secretariat of a state: drafts waiting for review and drafts sent back for changes, in one query. */
@ApplicationScoped
public class CommitmentsPending implements PendingSource {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public List<PendingItem> pendingFor(Caller caller, LocalDate today) {
        if (!caller.runsSecretariatOf(caller.stateId())) {
            return List.of();
        }
        return em.createQuery("select c.id, c.template.title, p.title, c.status from Commitment c join c.plan p "
                        + "where c.stateId = :state and c.status in :waiting", Object[].class)
                .setParameter("state", caller.stateId())
                .setParameter("waiting", List.of(CommitmentStatus.IN_REVIEW, CommitmentStatus.CHANGES_REQUESTED))
                .getResultStream()
                .map(row -> new PendingItem(row[3] == CommitmentStatus.IN_REVIEW ? PendingKind.DRAFT_TO_REVIEW : PendingKind.CHANGES_REQUESTED,
                        (Long) row[0], null, (String) row[1], (String) row[2], null, false))
                .toList();
    }
}
