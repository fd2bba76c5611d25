package org.cocrea.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;

/**
 * Tells the confirmed followers of a public event: those of the commitment, of its plan and of its state,
 * one mail each (an address following several of them gets one), in the language each chose, with its own
 * stop link, through the outbox in the event's transaction (a rolled-back event sends nothing). The
 * features call it only for what the public can read.
 */
@ApplicationScoped
public class Followers {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private FollowService service;

    /**
     * @param path      the public page the mail links to
     * @param arguments the texts' arguments ({@code mail.<KIND>.*})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(MailKind kind, long stateId, long planId, long commitmentId, String path, Object... arguments) {
        List<Follower> followers = em.createQuery("select f from Follower f where f.confirmedAt is not null and ("
                        + "(f.target = :state and f.targetId = :stateId) or (f.target = :plan and f.targetId = :planId) "
                        + "or (f.target = :commitment and f.targetId = :commitmentId)) order by f.id", Follower.class)
                .setParameter("state", FollowTarget.STATE).setParameter("stateId", stateId)
                .setParameter("plan", FollowTarget.PLAN).setParameter("planId", planId)
                .setParameter("commitment", FollowTarget.COMMITMENT).setParameter("commitmentId", commitmentId)
                .getResultList();
        if (followers.isEmpty()) {
            return;
        }
        List<Recipient> to = followers.stream()
                .map(f -> Recipient.follower(f.getAddress(), f.getLanguage(), service.stopPath(f)))
                .toList();
        outbox.enqueue(kind, to, stateId, path, arguments);
    }
}
