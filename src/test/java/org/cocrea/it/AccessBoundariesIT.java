package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.shared.Role;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.file.Upload;
import org.cocrea.milestone.EvidenceService;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.state.State;
import org.cocrea.state.StateService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every boundary, tried from the wrong side: roles, states and publication are enforced by the
 * services themselves, whatever the pages show. Each refusal also leaves nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class AccessBoundariesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private StateService states;
    @Inject private ActorService actors;
    @Inject private AccountService accounts;
    @Inject private PlanService plans;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private EvidenceService evidence;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    @Test
    void aCsoCannotReportOnAnotherStatesMilestone() {
        scenario.publish(there);
        actAs(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> reports.submit(there.milestoneId(), report(), List.of(), List.of()));
        actAs(there.secretariat());
        assertThat(reports.ofMilestone(there.milestoneId())).isEmpty();
    }

    @Test
    void aCsoCannotReportOnAMilestoneOfItsStateItIsNotResponsibleFor() {
        scenario.publish(here);
        actAs(here.agencyMember()); // the agency is not responsible for the scenario's milestone
        assertThrows(AccessDeniedException.class, () -> reports.submit(here.milestoneId(), report(), List.of(), List.of()));
        assertThrows(AccessDeniedException.class, () -> milestones.forReporter(here.milestoneId()));
    }

    @Test
    void anEvaluatorAndThePublicCannotReport() {
        scenario.publish(here);
        actAs(here.evaluator());
        assertThrows(AccessDeniedException.class, () -> reports.submit(here.milestoneId(), report(), List.of(), List.of()));
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> reports.submit(here.milestoneId(), report(), List.of(), List.of()));
    }

    @Test
    void aSecretariatCannotTouchAnotherStatesRecords() {
        actAs(here.secretariat());
        assertThrows(AccessDeniedException.class, () -> commitments.forSecretariat(there.commitmentId()));
        assertThrows(AccessDeniedException.class, () -> commitments.publish(there.commitmentId(), 1));
        assertThrows(AccessDeniedException.class, () -> commitments.putBudget(there.commitmentId(), 2026, null, null, null));
        assertThrows(AccessDeniedException.class, () -> commitments.auditTrail(there.commitmentId(), 0, 10));
        assertThrows(AccessDeniedException.class, () -> milestones.moveTo(there.milestoneId(), MilestoneStatus.IN_PROGRESS));
        assertThrows(AccessDeniedException.class, () -> plans.forSecretariat(there.planId()));
        assertThrows(AccessDeniedException.class, () -> plans.publish(there.planId()));
        assertThrows(AccessDeniedException.class, () -> actors.create(there.stateId(), "Intrusa A.C.", ActorType.CSO));

        Commitment sneaky = Commitment.blank();
        sneaky.getTemplate().setTitle("Compromiso colado");
        assertThrows(AccessDeniedException.class, () -> commitments.create(there.planId(), sneaky, null, List.of()));
        actAs(there.secretariat());
        assertThat(commitments.ofPlanForSecretariat(there.planId())).hasSize(1);
        assertEquals("DRAFT", commitments.forSecretariat(there.commitmentId()).getStatus().name());
    }

    @Test
    void aSecretariatCannotUseAnotherStatesActors() {
        actAs(here.secretariat());
        Commitment draft = commitments.forSecretariat(here.commitmentId());
        var refusal = assertThrows(DomainException.class, () -> commitments.update(draft, there.government(), List.of()));
        assertEquals("commitment.actor.otherState", refusal.messageKey());
    }

    @Test
    void onlyTheSecretariatPublishesOrMovesMilestones() {
        for (String outsider : List.of(here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> commitments.publish(here.commitmentId(), 1));
            assertThrows(AccessDeniedException.class, () -> milestones.moveTo(here.milestoneId(), MilestoneStatus.IN_PROGRESS));
            assertThrows(AccessDeniedException.class, () -> plans.create(newPlan()));
        }
        actAs(here.institute()); // the information institute acts as the secretariat in its state
        milestones.moveTo(here.milestoneId(), MilestoneStatus.IN_PROGRESS);
    }

    @Test
    void onlyTheAdministratorCreatesStatesAndAccounts() {
        actAs(here.secretariat());
        State state = State.blank();
        state.setCode("ZZZZ");
        state.setName("Estado intruso");
        state.setSecretariatName("STL intruso");
        assertThrows(AccessDeniedException.class, () -> states.create(state));
        Account account = Account.blank();
        account.setUsername("colado." + here.code().toLowerCase());
        account.setFullName("Cuenta colada");
        account.setEmail("colado@ejemplo.mx");
        account.setRole(Role.PLATFORM_ADMIN);
        assertThrows(AccessDeniedException.class, () -> accounts.create(account, null, null, "Contraseña-larga-1"));
        assertThat(accounts.usernameTaken(account.getUsername())).isFalse();
    }

    @Test
    void signOffsNeedTheRightPartyOfTheRightState() {
        actAs(here.secretariat());
        milestones.moveTo(here.milestoneId(), MilestoneStatus.IN_PROGRESS);
        milestones.moveTo(here.milestoneId(), MilestoneStatus.COMPLETE, "Entregado en sesión pública");

        actAs(here.csoMember()); // a CSO cannot sign for the government
        assertEquals("signoff.notEligible.GOVERNMENT_LEAD",
                assertThrows(DomainException.class, () -> milestones.signOff(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD)).messageKey());
        actAs(here.secretariat()); // the government lead cannot sign for the CSO
        assertEquals("signoff.notEligible.CSO_CO_RESPONSIBLE",
                assertThrows(DomainException.class, () -> milestones.signOff(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE)).messageKey());
        actAs(there.secretariat()); // nor can anyone of another state
        assertThrows(AccessDeniedException.class, () -> milestones.signOff(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD));
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> milestones.signOff(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD));

        actAs(here.secretariat());
        assertThat(milestones.forSecretariat(here.milestoneId()).getSignOffs()).isEmpty();
        assertEquals(MilestoneStatus.COMPLETE, milestones.forSecretariat(here.milestoneId()).getStatus());
    }

    @Test
    void draftsAreTheSecretariatsOnly() {
        actAs(here.csoMember()); // responsible for the milestone, but the commitment is a draft
        assertThat(milestones.mine()).isEmpty();
        assertThrows(AccessDeniedException.class, () -> reports.submit(here.milestoneId(), report(), List.of(), List.of()));
        assertThrows(NotFoundException.class, () -> milestones.ofCommitment(here.commitmentId()));
        actAsPublic();
        assertThrows(NotFoundException.class, () -> commitments.published(here.commitmentId()));
        assertThrows(NotFoundException.class, () -> plans.published(here.planId()));
        assertThrows(NotFoundException.class, () -> milestones.ofCommitment(here.commitmentId()));
        assertThrows(NotFoundException.class, () -> reports.ofCommitment(here.commitmentId()));
        assertThrows(NotFoundException.class, () -> reports.ofMilestone(here.milestoneId()));
        assertThat(plans.allPublished()).noneMatch(p -> p.getId().equals(here.planId()));
        actAs(there.secretariat());
        assertThrows(NotFoundException.class, () -> milestones.ofCommitment(here.commitmentId()));
        assertThrows(NotFoundException.class, () -> reports.ofCommitment(here.commitmentId()));
        actAs(here.secretariat());
        assertThat(milestones.ofCommitment(here.commitmentId())).hasSize(1);
    }

    @Test
    void evidenceIsPublicOnlyWhenItsCommitmentAndPlanAre() {
        actAs(here.secretariat());
        scenario.publishCommitment(here.commitmentId()); // the plan stays a draft
        // in a draft plan only the secretariat reports (issue 11: one rule of "published" for reporting too)
        reports.submit(here.milestoneId(), report(), List.of(new Upload("acta.pdf", TestFiles.pdf("acta"))), List.of());
        long fileId = reports.ofMilestone(here.milestoneId()).get(0).getEvidence().get(0).getId();
        assertThat(evidence.file(fileId).content()).isNotEmpty(); // its reporter may read it
        actAs(here.csoMember());
        assertThrows(NotFoundException.class, () -> evidence.file(fileId)); // not public, not theirs to report on yet

        actAsPublic();
        assertThrows(NotFoundException.class, () -> commitments.published(here.commitmentId()));
        assertThrows(NotFoundException.class, () -> evidence.file(fileId));
        actAs(there.csoMember());
        assertThrows(NotFoundException.class, () -> evidence.file(fileId));

        actAs(here.secretariat());
        plans.publish(here.planId());
        actAsPublic();
        assertEquals(here.commitmentId(), commitments.published(here.commitmentId()).getId());
        assertThat(evidence.file(fileId).isPublic()).isTrue();
    }

    @Test
    void uploadsAreCheckedByContentAndSizeBeforeAnythingIsSaved() {
        scenario.publish(here);
        actAs(here.csoMember());
        assertEquals("evidence.file.typeRejected", assertThrows(DomainException.class, () -> reports.submit(here.milestoneId(),
                report(), List.of(new Upload("informe.pdf", TestFiles.windowsExecutable())), List.of())).messageKey());
        assertEquals("evidence.file.tooLarge", assertThrows(DomainException.class, () -> reports.submit(here.milestoneId(),
                report(), List.of(new Upload("enorme.txt", new byte[11 * 1024 * 1024])), List.of())).messageKey());
        assertEquals("evidence.file.empty", assertThrows(DomainException.class, () -> reports.submit(here.milestoneId(),
                report(), List.of(new Upload("vacio.pdf", new byte[0])), List.of())).messageKey());
        assertEquals("evidence.link.invalid", assertThrows(DomainException.class, () -> reports.submit(here.milestoneId(),
                report(), List.of(), List.of("javascript:alert(1)"))).messageKey());
        assertThat(reports.ofMilestone(here.milestoneId())).isEmpty();
    }

    /** A report dated today in this test's own state ({@code here}), where every accepted report goes. */
    private ProgressReport report() {
        ProgressReport report = ProgressReport.draft(scenario.today(here));
        report.setNarrative("Avance de prueba.");
        report.setPercent(25);
        return report;
    }

    private static ActionPlan newPlan() {
        ActionPlan plan = ActionPlan.blank();
        plan.setTitle("Plan intruso");
        plan.setCycleStart(LocalDate.of(2025, 1, 1));
        plan.setCycleEnd(LocalDate.of(2026, 1, 1));
        return plan;
    }
}
