package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.WorkSession;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Pendientes": each person sees what waits for them, in their own state and role only, and nothing more. */
@ExtendWith(ArquillianExtension.class)
class PendingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private PendingService pending;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private WorkSessionService sessions;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    @Test
    void draftsToReviewAndChangesRequestedReachTheSecretariatOfTheirStateOnly() {
        actAs(here.secretariat());
        commitments.submitForReview(here.commitmentId());
        assertThat(items(PendingKind.DRAFT_TO_REVIEW)).extracting(PendingItem::recordId).containsExactly(here.commitmentId());
        actAs(here.institute());
        assertThat(items(PendingKind.DRAFT_TO_REVIEW)).extracting(PendingItem::recordId).containsExactly(here.commitmentId());

        actAs(there.secretariat());
        assertThat(pending.mine()).isEmpty();
        actAs(here.csoMember());
        assertThat(items(PendingKind.DRAFT_TO_REVIEW)).isEmpty();
        actAs(here.evaluator());
        assertThat(pending.mine()).isEmpty();
        actAsPublic();
        assertThat(pending.mine()).isEmpty();

        actAs(here.secretariat());
        commitments.requestChanges(here.commitmentId(), "Falta la línea base del indicador.");
        assertThat(items(PendingKind.DRAFT_TO_REVIEW)).isEmpty();
        assertThat(items(PendingKind.CHANGES_REQUESTED)).extracting(PendingItem::recordId).containsExactly(here.commitmentId());
    }

    @Test
    void reportsDueAndOverdueAreOnlyTheOrganizationsOwnAndOnlyWithinTheWindow() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long overdue = milestone(here, "Hito vencido", today.minusDays(1));
        long dueSoon = milestone(here, "Hito por vencer", today.plusDays(Milestone.AT_RISK_DAYS));
        milestone(here, "Hito lejano", today.plusDays(Milestone.AT_RISK_DAYS + 1));
        scenario.publish(here);

        actAs(here.csoMember());
        assertThat(items(PendingKind.REPORT_OVERDUE)).extracting(PendingItem::recordId, PendingItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(overdue, true));
        assertThat(items(PendingKind.REPORT_DUE)).extracting(PendingItem::recordId, PendingItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(dueSoon, false));
        // not the agency's (the milestones answer to the CSO), nor another state's CSO
        actAs(here.agencyMember());
        assertThat(items(PendingKind.REPORT_DUE)).isEmpty();
        assertThat(items(PendingKind.REPORT_OVERDUE)).isEmpty();
        actAs(there.csoMember());
        assertThat(pending.mine()).isEmpty();

        // a complete milestone no longer asks for a report
        actAs(here.secretariat());
        milestones.moveTo(dueSoon, MilestoneStatus.IN_PROGRESS);
        milestones.moveTo(dueSoon, MilestoneStatus.COMPLETE, "Entregado en sesión pública");
        actAs(here.csoMember());
        assertThat(items(PendingKind.REPORT_DUE)).isEmpty();
    }

    @Test
    void aSignatureWaitsForEachPartyUntilItSigns() {
        scenario.publish(here);
        actAs(here.csoMember());
        ProgressReport report = ProgressReport.draft(scenario.today(here));
        report.setNarrative("Publicamos el conjunto de datos completo.");
        report.setPercent(100);
        reports.submit(here.milestoneId(), report, List.of(), List.of("https://datos.example.org/medicamentos.csv"));
        assertThat(items(PendingKind.SIGNATURE)).isEmpty(); // not complete yet

        actAs(here.secretariat());
        milestones.moveTo(here.milestoneId(), MilestoneStatus.COMPLETE);
        actAs(here.csoMember());
        assertThat(items(PendingKind.SIGNATURE)).extracting(PendingItem::recordId).containsExactly(here.milestoneId());
        actAs(here.agencyMember());
        assertThat(items(PendingKind.SIGNATURE)).extracting(PendingItem::recordId).containsExactly(here.milestoneId());
        actAs(there.agencyMember());
        assertThat(items(PendingKind.SIGNATURE)).isEmpty();

        actAs(here.csoMember());
        milestones.signOff(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE);
        assertThat(items(PendingKind.SIGNATURE)).isEmpty();
        actAs(here.agencyMember());
        assertThat(items(PendingKind.SIGNATURE)).extracting(PendingItem::recordId).containsExactly(here.milestoneId());
    }

    @Test
    void agreementsDueOrOverdueReachTheSecretariatUntilDone() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long session = session(here, today.minusDays(10));
        long late = sessions.addAgreement(session, "Publicar el padrón", here.government(), today.minusDays(1), null).getId();
        long soon = sessions.addAgreement(session, "Enviar la minuta", here.cso(), today.plusDays(Agreement.DUE_SOON_DAYS), null).getId();
        sessions.addAgreement(session, "Revisar la ficha", here.cso(), today.plusDays(Agreement.DUE_SOON_DAYS + 1), null);

        assertThat(items(PendingKind.AGREEMENT_DUE)).extracting(PendingItem::recordId, PendingItem::parentId, PendingItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, session, true),
                        org.assertj.core.groups.Tuple.tuple(soon, session, false));
        actAs(there.secretariat());
        assertThat(items(PendingKind.AGREEMENT_DUE)).isEmpty();
        actAs(here.csoMember());
        assertThat(items(PendingKind.AGREEMENT_DUE)).isEmpty();

        actAs(here.secretariat());
        sessions.markDone(late, "Publicado");
        assertThat(items(PendingKind.AGREEMENT_DUE)).extracting(PendingItem::recordId).containsExactly(soon);
    }

    @Test
    void agreementsDueOrOverdueReachTheAccountsOfTheirOwnerOnly() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        long session = session(here, today.minusDays(10));
        long late = sessions.addAgreement(session, "Entregar el padrón depurado", here.cso(), today.minusDays(2), null).getId();
        long soon = sessions.addAgreement(session, "Enviar comentarios", here.cso(), today.plusDays(Agreement.DUE_SOON_DAYS), null).getId();
        sessions.addAgreement(session, "Revisar la ficha", here.cso(), today.plusDays(Agreement.DUE_SOON_DAYS + 1), null);
        sessions.addAgreement(session, "Publicar el presupuesto", here.government(), today.minusDays(1), null);
        sessions.addAgreement(session, "Convocar a la universidad", here.academia(), today.minusDays(1), null);

        actAs(here.csoMember());
        assertThat(items(PendingKind.AGREEMENT_OWNED))
                .extracting(PendingItem::recordId, PendingItem::parentId, PendingItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, session, true),
                        org.assertj.core.groups.Tuple.tuple(soon, session, false));
        // the agency sees its own; the evaluator of the university that owns one sees none (not its to do as
        // evaluator); another state's CSO none; the secretariat keeps the state's whole list, under its own kind
        actAs(here.agencyMember());
        assertThat(items(PendingKind.AGREEMENT_OWNED)).extracting(PendingItem::title).containsExactly("Publicar el presupuesto");
        actAs(here.evaluator());
        assertThat(pending.mine()).isEmpty();
        actAs(there.csoMember());
        assertThat(pending.mine()).isEmpty();
        actAs(here.secretariat());
        assertThat(items(PendingKind.AGREEMENT_OWNED)).isEmpty();
        assertThat(items(PendingKind.AGREEMENT_DUE)).hasSize(4);

        sessions.markDone(late, "Entregado");
        actAs(here.csoMember());
        assertThat(items(PendingKind.AGREEMENT_OWNED)).extracting(PendingItem::recordId).containsExactly(soon);
    }

    @Test
    void anEvaluatorIsNotAskedForItsOrganizationsReports() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        Milestone m = Milestone.blank();
        m.setTitle("Hito de la universidad");
        m.setStartDate(LocalDate.of(2025, 4, 1));
        m.setEndDate(today.minusDays(1));
        long overdue = milestones.create(here.commitmentId(), m, List.of(here.academia(), here.cso())).getId();
        scenario.publish(here);

        actAs(here.evaluator());
        assertThat(pending.mine()).isEmpty();
        // the same milestone is asked of the co-responsible CSO: only the evaluator's role keeps it off its list
        actAs(here.csoMember());
        assertThat(items(PendingKind.REPORT_OVERDUE)).extracting(PendingItem::recordId).containsExactly(overdue);
    }

    private List<PendingItem> items(PendingKind kind) {
        return pending.mine().stream().filter(i -> i.kind() == kind).toList();
    }

    private long session(World world, LocalDate heldOn) {
        WorkSession form = WorkSession.blank();
        form.setKind(WorkSessionKind.CO_CREATION);
        form.setMode(WorkSessionMode.IN_PERSON);
        form.setTitle("Mesa de cocreación");
        form.setHeldOn(heldOn);
        form.setPlace("Sala de juntas");
        return sessions.create(world.planId(), form).getId();
    }

    private long milestone(World world, String title, LocalDate end) {
        Milestone m = Milestone.blank();
        m.setTitle(title);
        m.setStartDate(LocalDate.of(2025, 4, 1));
        m.setEndDate(end);
        return milestones.create(world.commitmentId(), m, List.of(world.cso())).getId();
    }
}
