package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.audit.AuditEntry;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.IncompleteCommitmentException;
import org.cocrea.file.Upload;
import org.cocrea.file.UploadPolicy;
import org.cocrea.milestone.Evidence;
import org.cocrea.milestone.EvidenceService;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole slice through the real services on Payara Micro and MariaDB: a commitment followed
 * from draft to a verified milestone, with progress, evidence and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class CommitmentLifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private PlanService plans;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private EvidenceService evidence;
    @Inject private ProgressBoard board;

    /** The version the secretariat reads now: what approval and publication refer to. */
    private int currentVersion(World world) {
        return commitments.forSecretariat(world.commitmentId()).getCurrentVersion();
    }

    @Test
    void aCommitmentIsFollowedFromDraftToAVerifiedMilestone() {
        World world = scenario.newState();

        // drafts are the secretariat's only
        actAsPublic();
        assertThrows(NotFoundException.class, () -> commitments.published(world.commitmentId()));
        assertThrows(NotFoundException.class, () -> plans.published(world.planId()));

        scenario.publish(world);
        actAsPublic();
        assertEquals(world.commitmentId(), commitments.published(world.commitmentId()).getId());
        assertEquals("E045", commitments.published(world.commitmentId()).getTemplate().getBudgetProgramKey());

        // the CSO reports with a file and a link, saved together
        actAs(world.csoMember());
        assertThat(milestones.mine()).extracting(Milestone::getId).containsExactly(world.milestoneId());
        byte[] pdf = TestFiles.pdf("Minuta de la mesa de trabajo");
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Se publicó el primer corte con 1,240 registros de compras.");
        report.setPercent(60);
        reports.submit(world.milestoneId(), report,
                List.of(new Upload("minuta.pdf", pdf)), List.of("https://transparencia.example.gob.mx/datos"));

        List<ProgressReport> saved = reports.ofMilestone(world.milestoneId());
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).getEvidence()).hasSize(2);
        Evidence file = saved.get(0).getEvidence().stream().filter(e -> e.getStored().isFile()).findFirst().orElseThrow();
        assertEquals(UploadPolicy.sha256(pdf), file.getStored().getSha256());
        assertEquals("application/pdf", file.getStored().getMediaType());

        // the public downloads exactly the bytes that were uploaded
        actAsPublic();
        assertThat(evidence.file(file.getId()).content()).isEqualTo(pdf);

        // a first report started the milestone; progress rolls up to the plan
        actAs(world.secretariat());
        assertEquals(MilestoneStatus.IN_PROGRESS, milestones.forSecretariat(world.milestoneId()).getStatus());
        assertEquals(60, board.byPlan(List.of(world.planId()), true).get(world.planId()).progress().rounded());

        // a 60 % report is no final report: complete only with a reason, recorded; then the two sign-offs verify it
        DomainException noFinalReport = assertThrows(DomainException.class,
                () -> milestones.moveTo(world.milestoneId(), MilestoneStatus.COMPLETE));
        assertEquals("milestone.complete.needsFinalReport", noFinalReport.messageKey());
        assertEquals(MilestoneStatus.IN_PROGRESS, milestones.forSecretariat(world.milestoneId()).getStatus());
        milestones.moveTo(world.milestoneId(), MilestoneStatus.COMPLETE, "Entregado en la sesión pública; consta en el acta");
        assertEquals("Entregado en la sesión pública; consta en el acta",
                milestones.forSecretariat(world.milestoneId()).getCompletionReason());
        milestones.signOff(world.milestoneId(), SignOffParty.GOVERNMENT_LEAD);
        assertEquals(MilestoneStatus.COMPLETE, milestones.forSecretariat(world.milestoneId()).getStatus());
        actAs(world.csoMember());
        milestones.signOff(world.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE);
        actAs(world.secretariat());
        Milestone verified = milestones.ofCommitment(world.commitmentId()).get(0);
        assertEquals(MilestoneStatus.VERIFIED, verified.getStatus());
        assertThat(verified.getSignOffs()).extracting(s -> s.getSignedBy().getUsername())
                .containsExactlyInAnyOrder(world.secretariat(), world.csoMember());
        assertEquals(100, board.byCommitment(List.of(world.commitmentId()))
                .get(world.commitmentId()).progress().rounded());

        // every change is in the trail, with who, before and after
        List<AuditEntry> trail = commitments.auditTrail(world.commitmentId(), 0, 100);
        assertThat(trail).extracting(AuditEntry::getAction)
                .contains("CREATE", "BUDGET", "PUBLISH", "REPORT", "ADD_EVIDENCE", "STATUS", "SIGN_OFF", "VERIFY");
        AuditEntry verification = trail.stream().filter(e -> e.getAction().equals("VERIFY")).findFirst().orElseThrow();
        assertEquals(world.csoMember(), verification.getUsername());
        assertThat(verification.getBeforeJson()).contains("\"status\":\"COMPLETE\"");
        assertThat(verification.getAfterJson()).contains("\"status\":\"VERIFIED\"");
    }

    @Test
    void publicationNamesEveryMissingFieldAndPublishesNothing() {
        World world = scenario.newState();
        actAs(world.secretariat());
        var draft = commitments.forSecretariat(world.commitmentId());
        draft.getTemplate().setObjective(" ");
        commitments.update(draft, null, List.of());

        commitments.submitForReview(world.commitmentId());
        IncompleteCommitmentException refusal =
                assertThrows(IncompleteCommitmentException.class, () -> commitments.approve(world.commitmentId(), currentVersion(world)));
        assertThat(refusal.missingFields()).containsExactlyInAnyOrder("objective", "leadInstitution", "coResponsibles");
        assertEquals("IN_REVIEW", commitments.forSecretariat(world.commitmentId()).getStatus().name());
        assertEquals("workflow.publish.notApproved",
                assertThrows(DomainException.class, () -> commitments.publish(world.commitmentId(), currentVersion(world))).messageKey());
        assertThat(commitments.forSecretariat(world.commitmentId()).isPublished()).isFalse();
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        World world = scenario.newState();
        actAs(world.secretariat());
        var first = commitments.forSecretariat(world.commitmentId());
        var second = commitments.forSecretariat(world.commitmentId());
        first.getTemplate().setTitle("Primera versión");
        commitments.update(first, world.government(), List.of(world.cso()));
        second.getTemplate().setTitle("Segunda versión, escrita sobre datos viejos");

        var refusal = assertThrows(org.cocrea.shared.DomainException.class,
                () -> commitments.update(second, world.government(), List.of(world.cso())));
        assertEquals("error.concurrentChange", refusal.messageKey());
        assertEquals("Primera versión", commitments.forSecretariat(world.commitmentId()).getTitle());
    }

    @Test
    void aReportWithOneBadFileSavesNothingAtAll() {
        World world = scenario.newState();
        scenario.publish(world);
        actAs(world.csoMember());
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Avance con un archivo que no es lo que dice ser.");
        report.setPercent(30);
        List<Upload> files = List.of(new Upload("bueno.pdf", TestFiles.pdf("ok")),
                new Upload("malo.pdf", TestFiles.windowsExecutable()));

        var refusal = assertThrows(org.cocrea.shared.DomainException.class,
                () -> reports.submit(world.milestoneId(), report, files, List.of()));
        assertEquals("evidence.file.typeRejected", refusal.messageKey());
        assertThat(reports.ofMilestone(world.milestoneId())).isEmpty();
        actAs(world.secretariat());
        assertEquals(MilestoneStatus.NOT_STARTED, milestones.forSecretariat(world.milestoneId()).getStatus());
        assertThat(new String(TestFiles.pdf("x"), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }

    @Test
    void aRefusedReportCanBeCorrectedAndSentAgainFromTheSameForm() {
        World world = scenario.newState();
        scenario.publish(world);
        actAs(world.csoMember());
        ProgressReport form = ProgressReport.draft(scenario.today(world));
        form.setNarrative("Se instaló la mesa de seguimiento.");
        form.setPercent(20);

        var refusal = assertThrows(org.cocrea.shared.DomainException.class,
                () -> reports.submit(world.milestoneId(), form, List.of(), List.of("sin-protocolo.gob.mx")));
        assertEquals("evidence.link.invalid", refusal.messageKey());
        assertEquals("Se instaló la mesa de seguimiento.", form.getNarrative());

        reports.submit(world.milestoneId(), form, List.of(), List.of("https://sin-protocolo.gob.mx/minuta"));
        assertThat(reports.ofMilestone(world.milestoneId())).singleElement()
                .satisfies(r -> assertEquals("https://sin-protocolo.gob.mx/minuta", r.getEvidence().get(0).getStored().getUrl()));
    }
}
