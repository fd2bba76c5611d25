package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.util.List;
import org.cocrea.follow.CommentStatus;
import org.cocrea.follow.FollowTarget;
import org.cocrea.follow.Follower;
import org.cocrea.follow.PublicComment;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.MailMessage;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.SignOffDecline;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.state.State;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

    private static final String NEIGHBOUR = "vecina.hermosillo@ejemplo.mx";
    private static final String OBSERVATORY = "observatorio.salud@ejemplo.mx";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

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

    /**
     * Issue 13: the demo's outbox holds the mails its history sent through the real senders, once each, in
     * Spanish: the followers' confirmations, the official answer told to them, the decline told to the
     * secretariat, the milestone completed again told to the state's follower and to the CSO that signs it;
     * the administrator's "Correo enviado" lists them.
     */
    @Test
    void theDemosOutboxHoldsSonorasMailsOnceEachInSpanishAndTheAdministratorReadsThem() throws Exception {
        State sonora = em.createQuery("select s from State s where s.code = 'SON'", State.class).getSingleResult();
        String secretariat = emailOf("secretariado.son");
        String cso = emailOf("osc.son");
        List<String> to = List.of(NEIGHBOUR, OBSERVATORY, secretariat, cso);
        List<MailKind> kinds = List.of(MailKind.FOLLOW_CONFIRM, MailKind.COMMENT_ANSWERED, MailKind.SIGN_OFF_DECLINED,
                MailKind.FOLLOW_STATUS, MailKind.SIGN_OFF_WAITING);
        List<MailMessage> mails = em.createQuery("select m from MailMessage m where m.stateId = :s and m.recipient in :to "
                        + "and m.kind in :kinds order by m.id", MailMessage.class)
                .setParameter("s", sonora.getId()).setParameter("to", to).setParameter("kinds", kinds).getResultList();

        assertThat(mails).extracting(m -> m.getKind() + " " + m.getRecipient()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("FOLLOW_CONFIRM " + NEIGHBOUR, "FOLLOW_CONFIRM " + OBSERVATORY,
                        "COMMENT_ANSWERED " + NEIGHBOUR, "COMMENT_ANSWERED " + OBSERVATORY, "SIGN_OFF_DECLINED " + secretariat,
                        "FOLLOW_STATUS " + NEIGHBOUR, "SIGN_OFF_WAITING " + cso);
        assertThat(mails).allSatisfy(m -> assertEquals("es", m.getLanguage(), m.getSubject()));
        assertThat(mails).filteredOn(m -> m.getKind() == MailKind.FOLLOW_CONFIRM)
                .allSatisfy(m -> assertThat(m.getSubject()).startsWith("Confirme que quiere seguir"));
        assertThat(mails).filteredOn(m -> m.getKind() == MailKind.SIGN_OFF_DECLINED).singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject()).startsWith("Firma declinada");
                    assertThat(m.getText()).contains("declinó la firma de la OSC corresponsable", "sierra");
                });
        assertThat(mails).filteredOn(m -> m.getKind() == MailKind.SIGN_OFF_WAITING).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Un hito espera su firma"));

        PageClient admin = new PageClient(base);
        admin.signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD);
        String page = awaitSent(admin, NEIGHBOUR, 3); // her confirmation, the answer, the status change
        assertThat(page).contains("Confirme que quiere seguir", "Respuesta oficial", "Cambio de estatus")
                .doesNotContain(OBSERVATORY, "\tat ", "Caused by", "java.lang.");
        assertThat(admin.page("admin/mail?to=" + secretariat).body()).contains("Firma declinada");
    }

    private String emailOf(String username) {
        return em.createQuery("select a.email from Account a where a.username = :u", String.class)
                .setParameter("u", username).getSingleResult();
    }

    /** The administrator's sent mail to one address, once it lists at least {@code count} of them (the sender delivers; up to 60 s). */
    private static String awaitSent(PageClient admin, String address, int count) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            String body = admin.page("admin/mail?to=" + address).body();
            int rows = body.split(java.util.regex.Pattern.quote(">" + address + "<"), -1).length - 1; // the recipient's cells
            if (rows >= count || System.nanoTime() > until) {
                assertThat(rows).as("rows of the sent mail to " + address).isGreaterThanOrEqualTo(count);
                return body;
            }
            Thread.sleep(500);
        }
    }
}
