package org.cocrea.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingSource;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Texts;

/**
 * Public comments that wait for someone, in one query: for the secretariat of a state, the comments
 * waiting for moderation and the published ones nobody answered yet; for an account of a responsible
 * organization, the published comments on its commitments nobody answered yet (it may answer them,
 * {@link CommentService#answer}).
 */
@ApplicationScoped
public class CommentsPending implements PendingSource {

    /** How much of a comment names it in the list. */
    static final int EXCERPT = 90;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public List<PendingItem> pendingFor(Caller caller, LocalDate today) {
        boolean secretariat = caller.runsSecretariatOf(caller.stateId());
        if (!secretariat && !caller.followsUpForItsOrganization()) {
            return List.of();
        }
        String select = "select c.id, c.commitmentId, c.text, m.template.title, c.status from PublicComment c, Commitment m "
                + "where m.id = c.commitmentId and c.stateId = :state and ";
        var query = secretariat
                ? em.createQuery(select + "(c.status = :pending or (c.status = :approved and c.answer is null)) order by c.id",
                        Object[].class).setParameter("pending", CommentStatus.PENDING)
                : em.createQuery(select + "c.status = :approved and c.answer is null and c.commitmentId in ("
                        + CommentService.COMMITMENTS_OF_ACTOR + ") order by c.id", Object[].class).setParameter("actor", caller.actorId());
        return query.setParameter("state", caller.stateId()).setParameter("approved", CommentStatus.APPROVED)
                .setMaxResults(CommentService.QUEUE_LIMIT)
                .getResultStream()
                .map(row -> new PendingItem(row[4] == CommentStatus.PENDING ? PendingKind.COMMENT_TO_MODERATE : PendingKind.QUESTION_TO_ANSWER,
                        (Long) row[0], (Long) row[1], Texts.shortened((String) row[2], EXCERPT), (String) row[3], null, false))
                .toList();
    }
}
