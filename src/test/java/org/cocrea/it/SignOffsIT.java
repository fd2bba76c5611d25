package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.state.StateService;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.MailBox.Received;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, the roles as the methodology has them: a party asked to sign declines with a reason (the
 * milestone goes back to In progress, the reason reaches its responsible actors and the secretariat,
 * the history keeps it), tried through the real services and pages, and from the wrong side.
 */
@ExtendWith(ArquillianExtension.class)
class SignOffsIT {

    private static final String WHY = "El enlace de la evidencia no abre: no podemos verificar el corte.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private MilestoneService milestones;
    @Inject private CommitmentService commitments;
    @Inject private StateService states;
    @Inject private ReportService reports;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;

    @BeforeEach
    void twoStatesOneMilestoneComplete() {
        here = scenario.newState();
        there = scenario.newState();
        scenario.publish(here);
        scenario.reportDone(here, "Corte publicado.");
        actAs(here.secretariat());
        milestones.moveTo(here.milestoneId(), MilestoneStatus.COMPLETE);
    }

    private Milestone reloaded() {
        actAs(here.secretariat());
        Milestone m = milestones.forSecretariat(here.milestoneId());
        m.getDeclines().size();
        m.getSignOffs().size();
        return m;
    }

    /** Waits (up to 60 s) for a mail whose subject starts so: the sender delivers after the commit. */
    private static Received mailTitled(String address, String subjectStart) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            var found = MailBox.of(address).stream().filter(r -> r.subject().startsWith(subjectStart)).findFirst();
            if (found.isPresent() || System.nanoTime() > until) {
                return found.orElseThrow(() -> new AssertionError("no mail \"" + subjectStart + "\" for " + address));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

        private List<String> auditActions(String type) {
        return em.createQuery("select e.action from AuditEntry e where e.entityType = :t and e.commitmentId = :c order by e.id",
                String.class).setParameter("t", type).setParameter("c", here.commitmentId()).getResultList();
    }

    @Test
    void aDeclineReopensTheMilestoneKeepsTheReasonAuditsItAndMailsTheSecretariat() {
        actAs(here.agencyMember());
        milestones.signOff(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD);
        actAs(here.csoMember());
        milestones.decline(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE, WHY);

        Milestone m = reloaded();
        assertEquals(MilestoneStatus.IN_PROGRESS, m.getStatus());
        assertThat(m.getSignOffs()).as("signed again from the start").isEmpty();
        assertThat(m.getDeclines()).singleElement().satisfies(d -> {
            assertEquals(WHY, d.getReason());
            assertEquals(SignOffParty.CSO_CO_RESPONSIBLE, d.getParty());
            assertEquals(here.csoMember(), d.getDeclinedBy().getUsername());
        });
        assertThat(auditActions("Milestone")).endsWith("SIGN_OFF", "DECLINE");
        assertThat(auditActions("SignOffDecline")).containsExactly("DECLINE");

        Received mail = mailTitled(here.institute() + "@ejemplo.mx", "Firma declinada");
        assertThat(mail.text()).contains("Persona " + here.csoMember() + " declinó la firma de la OSC corresponsable",
                "Motivo: " + WHY, "/actor/report?milestone=" + here.milestoneId());
        assertThat(MailBox.of(there.institute() + "@ejemplo.mx")).as("never another state").isEmpty();

        // reported again and completed again: the refusal stays in the history
        scenario.reportDone(here, "Enlace corregido.");
        actAs(here.secretariat());
        milestones.moveTo(here.milestoneId(), MilestoneStatus.COMPLETE);
        assertThat(reloaded().getDeclines()).hasSize(1);
    }

    @Test
    void fromTheWrongSideNothingChanges() {
        actAs(here.evaluator());
        assertThrows(DomainException.class, () -> milestones.decline(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD, WHY));
        actAs(there.csoMember());
        assertThrows(AccessDeniedException.class, () -> milestones.decline(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE, WHY));
        actAs(here.csoMember());
        assertThrows(DomainException.class, () -> milestones.decline(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD, WHY),
                "a CSO does not speak for the government");
        assertThrows(DomainException.class, () -> milestones.decline(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE, "  "));

        Milestone m = reloaded();
        assertEquals(MilestoneStatus.COMPLETE, m.getStatus());
        assertThat(m.getDeclines()).isEmpty();
        assertThat(auditActions("SignOffDecline")).isEmpty();
    }

    @Test
    void onThePageTheReasonIsRequiredATamperedChoiceIsRefusedAndTheReasonIsShownEscaped() throws Exception {
        PageClient cso = new PageClient(base);
        assertEquals(302, cso.signIn(here.csoMember(), Scenario.PASSWORD).statusCode());
        String choice = here.milestoneId() + ":CSO_CO_RESPONSIBLE";

        HttpResponse<String> empty = cso.submit("actor/milestones", "decline",
                Map.of("declineChoice_input", choice, "declineReason", " ", "declineButton", ""));
        assertEquals(200, empty.statusCode());
        assertThat(empty.body()).contains("Escriba el motivo por el que declina la firma.");

        HttpResponse<String> tampered = cso.submit("actor/milestones", "decline",
                Map.of("declineChoice_input", there.milestoneId() + ":CSO_CO_RESPONSIBLE", "declineReason", WHY, "declineButton", ""));
        assertThat(tampered.statusCode()).isIn(200, 400);
        assertThat(tampered.body()).doesNotContain("\tat ", "Caused by", "java.lang.", "jakarta.faces.FacesException");
        assertEquals(MilestoneStatus.COMPLETE, reloaded().getStatus(), "refused input changes nothing");

        String hostile = "<script>alert('x')</script> " + WHY;
        HttpResponse<String> declined = cso.submit("actor/milestones", "decline",
                Map.of("declineChoice_input", choice, "declineReason", hostile, "declineButton", ""));
        assertEquals(302, declined.statusCode());
        assertEquals(MilestoneStatus.IN_PROGRESS, reloaded().getStatus());

        String reportPage = cso.page("actor/report?milestone=" + here.milestoneId()).body();
        assertThat(reportPage).contains("Firmas declinadas", "&lt;script&gt;").doesNotContain("<script>alert");

        PageClient stl = new PageClient(base);
        assertEquals(302, stl.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        assertThat(stl.page("stl/milestone?id=" + here.milestoneId()).body()).contains("Firmas declinadas", WHY);
    }

    /**
     * Issue 13: the decline is visible on the milestone of the public commitment page (party, date,
     * escaped reason; no person's name or e-mail), at once although the page was cached, and never
     * where the plan is not published.
     */
    @Test
    void thePublicPageShowsTheDeclineEscapedAtOnceAndNeverForAnUnpublishedPlan() throws Exception {
        PageClient visitor = new PageClient(base);
        String path = "commitment?id=" + here.commitmentId();
        HttpResponse<String> first = visitor.page(path);
        assertEquals(200, first.statusCode());
        assertThat(first.body()).doesNotContain("Firmas declinadas");
        HttpResponse<String> again = visitor.page(path);
        assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"), "the page is kept in the cache");

        String hostile = "<script>alert('x')</script> " + WHY;
        actAs(here.csoMember());
        milestones.decline(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE, hostile);

        String shown = visitor.page(path).body();
        assertThat(shown).contains("Firmas declinadas", "OSC corresponsable: firma declinada el", "&lt;script&gt;alert(",
                        "no podemos verificar el corte.")
                .doesNotContain("<script>alert", here.csoMember() + "@ejemplo.mx", "declinó Persona", "\tat ", "Caused by",
                        "java.lang.");

        World unpublished = scenario.newState();
        actAs(unpublished.secretariat());
        scenario.publishCommitment(unpublished.commitmentId());   // the commitment is published, its plan is not
        // no report, so no completion and no sign-off to decline, on a plan the public cannot read
        assertThrows(AccessDeniedException.class, () -> scenario.reportDone(unpublished, "Corte listo."));
        HttpResponse<String> hidden = new PageClient(base).page("commitment?id=" + unpublished.commitmentId());
        assertEquals(404, hidden.statusCode());
        assertThat(hidden.body()).doesNotContain("Firmas declinadas");
        actAsPublic();
        assertThrows(NotFoundException.class, () -> milestones.publicDeclinesOfCommitment(unpublished.commitmentId()));
    }

    /** Issue 13, 3: where the state requires it, whoever sent a draft to review does not approve it. */
    @Test
    void whoSentADraftToReviewDoesNotApproveItWhereTheStateRequiresASecondApprover() throws Exception {
        World dual = scenario.newState();
        actAs(there.institute());
        assertThrows(AccessDeniedException.class, () -> states.changeSignOffRules(dual.stateId(), true, false), "never another state");
        actAs(dual.csoMember());
        assertThrows(AccessDeniedException.class, () -> states.changeSignOffRules(dual.stateId(), true, false));
        actAs(dual.secretariat());
        states.changeSignOffRules(dual.stateId(), true, false);

        commitments.submitForReview(dual.commitmentId());
        int read = commitments.forSecretariat(dual.commitmentId()).getCurrentVersion();
        DomainException alone = assertThrows(DomainException.class, () -> commitments.approve(dual.commitmentId(), read));
        assertEquals("signoffs.duties.secondApprover", alone.messageKey());

        PageClient sender = new PageClient(base);
        assertEquals(302, sender.signIn(dual.secretariat(), Scenario.PASSWORD).statusCode());
        HttpResponse<String> refused = sender.submit("stl/commitment?id=" + dual.commitmentId(), "workflowForm", Map.of("approve", ""));
        assertEquals(200, refused.statusCode());
        assertThat(refused.body()).contains("Usted envió este compromiso a revisión: lo aprueba otra persona del secretariado.");
        assertEquals(org.cocrea.commitment.CommitmentStatus.IN_REVIEW, commitments.forSecretariat(dual.commitmentId()).getStatus());

        actAs(dual.institute());
        commitments.approve(dual.commitmentId(), read);
        assertEquals(org.cocrea.commitment.CommitmentStatus.APPROVED, commitments.forSecretariat(dual.commitmentId()).getStatus());

        // where the state does not require it (the default), one person may still do both
        actAs(here.secretariat());
        assertThat(states.find(here.stateId()).isSecondApprover()).isFalse();
    }

    /** Issue 13, 4: where the state says so, the information institute is a third signer; its pending list shows the milestone. */
    @Test
    void whereTheStateSaysSoTheInstituteCoSignsAndIsAskedToSign() {
        actAs(here.secretariat());
        states.changeSignOffRules(here.stateId(), false, true);
        actAs(here.agencyMember());
        milestones.signOff(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD);
        actAs(here.csoMember());
        milestones.signOff(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE);
        assertEquals(MilestoneStatus.COMPLETE, reloaded().getStatus(), "the institute has not signed yet");
        assertEquals(List.of(SignOffParty.INFORMATION_INSTITUTE), reloaded().pendingSignOffs());

        actAs(there.institute());
        assertThrows(AccessDeniedException.class, () -> milestones.signOff(here.milestoneId(), SignOffParty.INFORMATION_INSTITUTE));
        actAs(here.secretariat());
        assertThrows(DomainException.class, () -> milestones.signOff(here.milestoneId(), SignOffParty.INFORMATION_INSTITUTE),
                "the secretariat does not speak for the institute");
        actAs(here.institute());
        assertThat(milestones.awaitingMySignOff()).extracting(Milestone::getId).containsExactly(here.milestoneId());
        milestones.signOff(here.milestoneId(), SignOffParty.INFORMATION_INSTITUTE);
        assertEquals(MilestoneStatus.VERIFIED, reloaded().getStatus());
    }

    /** Issue 13, 2: a report on an overdue milestone explains the delay; the public reads it beside the report. */
    @Test
    void aReportOnAnOverdueMilestoneExplainsTheDelayAndThePublicReadsIt() throws Exception {
        World late = scenario.newState();
        actAs(late.secretariat());
        Milestone m = milestones.forSecretariat(late.milestoneId());
        m.setEndDate(scenario.today(late).minusDays(3));
        milestones.update(m, List.of(late.cso()));
        scenario.publish(late);

        PageClient cso = new PageClient(base);
        assertEquals(302, cso.signIn(late.csoMember(), Scenario.PASSWORD).statusCode());
        String path = "actor/report?milestone=" + late.milestoneId();
        assertThat(cso.page(path).body()).contains("Explicación del atraso", "Nueva fecha prevista");
        String today = scenario.today(late).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        HttpResponse<String> unexplained = cso.submit(path, "report", Map.of("narrative", "Vamos al 60 %.", "percent_input", "60", "percent_hinput", "60",
                "reportedOn_input", today, "expectedDate_input", today, "delayExplanation", " ", "submit", ""));
        assertEquals(200, unexplained.statusCode());
        assertThat(unexplained.body()).contains("El hito está atrasado: explique el atraso.");

        String why = "<b>La licitación</b> se declaró desierta y se repitió.";
        actAs(late.csoMember());
        org.cocrea.milestone.ProgressReport report = org.cocrea.milestone.ProgressReport.draft(scenario.today(late));
        report.setNarrative("Vamos al 60 %.");
        report.setPercent(60);
        report.setDelayExplanation(why);
        report.setExpectedDate(scenario.today(late).plusDays(30));
        reports.submit(late.milestoneId(), report, List.of(), List.of("https://example.org/acta.pdf"));

        String publicPage = new PageClient(base).page("commitment?id=" + late.commitmentId()).body();
        assertThat(publicPage).contains("Explicación del atraso:", "&lt;b&gt;La licitación&lt;/b&gt;").doesNotContain("<b>La licitación");
    }
}
