package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cocrea.follow.CommentStatus;
import org.cocrea.follow.FollowTarget;
import org.cocrea.follow.Follower;
import org.cocrea.follow.PublicComment;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.SignOffDecline;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.state.State;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo as loaded in the container (issue 13): Sonora's confirmed followers, its three moderated
 * public comments on a published commitment and its declined sign-off are in the database. Other tests
 * may add followers and comments of their own, so this reads the demo's by what only the demo writes.
 */
@ExtendWith(ArquillianExtension.class)
class DemoFollowingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Test
    void sonoraHasConfirmedFollowersModeratedCommentsAndADeclinedSignOff() {
        State sonora = em.createQuery("select s from State s where s.code = 'SON'", State.class).getSingleResult();

        List<Follower> followers = em.createQuery("select f from Follower f where f.stateId = :s and f.confirmedAt is not null",
                Follower.class).setParameter("s", sonora.getId()).getResultList();
        assertThat(followers).extracting(Follower::getTarget).contains(FollowTarget.STATE, FollowTarget.COMMITMENT);
        assertThat(followers).anyMatch(f -> f.getTarget() == FollowTarget.STATE && f.getTargetId() == sonora.getId());

        List<PublicComment> demo = em.createQuery("select c from PublicComment c where c.stateId = :s "
                        + "and c.moderatedBy = 'secretariado.son' order by c.id", PublicComment.class)
                .setParameter("s", sonora.getId()).getResultList();
        assertEquals(3, demo.size(), "the demo's three comments, moderated by Sonora's secretariat");
        assertThat(demo).filteredOn(PublicComment::isAnswered).singleElement().satisfies(c -> {
            assertEquals(CommentStatus.APPROVED, c.getStatus());
            assertEquals(sonora.getSecretariatName(), c.getAnswerOrganization());
        });
        assertThat(demo).filteredOn(c -> c.getStatus() == CommentStatus.REJECTED).singleElement()
                .satisfies(c -> assertThat(c.getRejectReason()).isNotBlank());
        assertThat(demo).filteredOn(c -> c.getStatus() == CommentStatus.APPROVED && !c.isAnswered()).hasSize(1);
        long publishedCommitment = em.createQuery("select count(c) from Commitment c where c.id = :id "
                + "and c.publishedVersion is not null", Long.class).setParameter("id", demo.get(0).getCommitmentId()).getSingleResult();
        assertEquals(1, publishedCommitment);

        List<SignOffDecline> declines = em.createQuery("select d from SignOffDecline d join fetch d.milestone m "
                + "where m.commitment.plan.state.id = :s and d.declinedBy.username = 'osc.son'", SignOffDecline.class)
                .setParameter("s", sonora.getId()).getResultList();
        assertThat(declines).isNotEmpty();
        SignOffDecline decline = declines.get(declines.size() - 1);
        assertEquals(SignOffParty.CSO_CO_RESPONSIBLE, decline.getParty());
        assertThat(decline.getReason()).contains("sierra");
        assertThat(decline.getMilestone().getDeclines()).extracting(SignOffDecline::getId).contains(decline.getId());
        assertEquals(MilestoneStatus.COMPLETE, decline.getMilestone().getStatus());
    }
}
