package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.cocrea.account.AccountService;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.file.Upload;
import org.cocrea.mail.DailyReminders;
import org.cocrea.mail.Delivery;
import org.cocrea.mail.Digests;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.MailPreferences;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneReminders;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.shared.Dates;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.MailBox.Received;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.AgreementReminders;
import org.cocrea.worksession.WorkSession;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each event mails the right people only, through the real services and a real SMTP server: the
 * drafting workflow to the secretariat (never the one who acted, never another state), publication
 * to the commitment's organizations, a report to the secretariat, a completed milestone to those who
 * sign it, verification; in each person's language; preferences (never, digest) and the daily
 * reminders, once per day by the state's calendar.
 */
@ExtendWith(ArquillianExtension.class)
class MailEventsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private AccountService accounts;
    @Inject private MailPreferences preferences;
    @Inject private Digests digests;
    @Inject private MilestoneReminders reminders;
    @Inject private DailyReminders daily;
    @Inject private AgreementReminders agreementReminders;
    @Inject private WorkSessionService sessions;
    @Inject private Clock clock;
    @Inject private org.cocrea.evaluation.EvaluationService evaluations;
    @jakarta.annotation.Resource private jakarta.transaction.UserTransaction transaction;
    @jakarta.persistence.PersistenceContext(unitName = "cocrea") private jakarta.persistence.EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;

    @BeforeEach
    void setUp() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private static String address(String username) {
        return username + "@ejemplo.mx";
    }

    private static List<String> subjects(String username, int atLeast) {
        return MailBox.await(address(username), atLeast).stream().map(Received::subject).toList();
    }

    @Test
    void theDraftingWorkflowTellsTheOtherMembersOfTheSecretariatOnly() {
        actAs(here.institute());
        accounts.chooseOwnLanguage("en");
        actAs(here.secretariat());
        commitments.submitForReview(here.commitmentId());
        commitments.requestChanges(here.commitmentId(), "Falta la fuente de los datos.");

        List<Received> mail = MailBox.await(address(here.institute()), 2);
        assertThat(mail).extracting(Received::subject).containsExactly(
                "Commitment in review: Transparentar el gasto en medicamentos " + here.code(),
                "Changes requested: Transparentar el gasto en medicamentos " + here.code());
        assertThat(mail.get(1).text()).contains("Reason: Falta la fuente de los datos.", "/stl/commitment?id=" + here.commitmentId(),
                "member of the secretariat of Estado de prueba " + here.code());
        assertThat(MailBox.of(address(here.secretariat()))).as("not told of one's own action").isEmpty();
        assertThat(MailBox.of(address(here.csoMember()))).as("a draft reaches no responsible actor").isEmpty();
        assertThat(MailBox.of(address(there.institute()))).as("never another state").isEmpty();
    }

    @Test
    void publicationReportCompletionAndVerificationReachTheirPeople() throws Exception {
        scenario.publish(here);
        assertThat(subjects(here.csoMember(), 1)).containsExactly(
                "Compromiso publicado: Transparentar el gasto en medicamentos " + here.code());

        actAs(here.csoMember());
        ProgressReport report = ProgressReport.draft(scenario.today(here));
        report.setNarrative("Primer corte publicado.");
        report.setPercent(100);
        reports.submit(here.milestoneId(), report, List.of(new Upload("corte.pdf", TestFiles.pdf("Corte"))), List.of());
        List<Received> toSecretariat = MailBox.await(address(here.institute()), 4);
        Received reported = toSecretariat.stream().filter(m -> m.subject().startsWith("Nuevo reporte")).findFirst().orElseThrow();
        assertThat(reported.text()).contains("Persona " + here.csoMember() + " reportó 100 % de avance",
                "/stl/milestone?id=" + here.milestoneId());

        actAs(here.secretariat());
        milestones.moveTo(here.milestoneId(), MilestoneStatus.COMPLETE);
        String waiting = "Un hito espera su firma: Publicar el primer corte de datos abiertos";
        assertThat(subjects(here.csoMember(), 2)).contains(waiting);
        assertThat(subjects(here.agencyMember(), 2)).as("the lead institution's people sign too").contains(waiting);
        assertThat(MailBox.of(address(here.evaluator()))).isEmpty();

        milestones.signOff(here.milestoneId(), SignOffParty.GOVERNMENT_LEAD);
        actAs(here.csoMember());
        milestones.signOff(here.milestoneId(), SignOffParty.CSO_CO_RESPONSIBLE);
        assertThat(subjects(here.institute(), 5)).contains("Hito verificado: Publicar el primer corte de datos abiertos");
        assertThat(MailBox.of(address(there.csoMember()))).isEmpty();
    }

    @Test
    void whoChoseNeverGetsNothingAndWhoChoseTheDigestGetsOneMailADay() {
        actAs(here.institute());
        preferences.choose(Map.of(MailKind.REVIEW_REQUESTED, Delivery.NEVER, MailKind.CHANGES_REQUESTED, Delivery.DIGEST,
                MailKind.APPROVED, Delivery.DIGEST));
        actAs(here.secretariat());
        commitments.submitForReview(here.commitmentId());
        commitments.requestChanges(here.commitmentId(), "Otra vez.");
        commitments.submitForReview(here.commitmentId());
        commitments.approve(here.commitmentId(), commitments.forSecretariat(here.commitmentId()).getCurrentVersion());

        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(Dates.DEFAULT_ZONE)).plusDays(1).withHour(8);
        digests.writeDue(morning.withHour(6).toInstant()); // before 7:00 no digest
        digests.writeDue(morning.toInstant());
        digests.writeDue(morning.plusHours(3).toInstant()); // once a day
        List<Received> mail = MailBox.await(address(here.institute()), 1);
        assertEquals(1, mail.size(), mail.toString());
        assertThat(mail.get(0).subject()).isEqualTo("Resumen diario de Cocrea: 2 avisos");
        assertThat(mail.get(0).text()).contains("• Cambios solicitados: Transparentar", "• Compromiso aprobado: Transparentar",
                "/account/mail").doesNotContain("Compromiso en revisión");
    }

    @Test
    void aMilestoneIsRemindedFifteenDaysBeforeAndEveryDayItIsOverdueOncePerDay() {
        // the milestone ends in 15 days: the reminders below look a few days ahead, not months, where every
        // other test's milestone (six months ahead) would be reminded too and the suite's mail would pile up
        actAs(here.secretariat());
        LocalDate today = scenario.today(here);
        Milestone soon = milestones.forSecretariat(here.milestoneId());
        soon.setEndDate(today.plusDays(15));
        milestones.update(soon, List.of(here.cso()));
        scenario.publish(here);
        actAs(here.secretariat());
        LocalDate end = milestones.forSecretariat(here.milestoneId()).getEndDate();
        Instant now = clock.instant();
        Instant dueDay = now.plus(Duration.ofDays(ChronoUnit.DAYS.between(today, end.minusDays(15))));
        reminders.remindAt(dueDay);
        reminders.remindAt(dueDay.plusSeconds(60));
        String due = "Un hito vence el " + String.format("%02d/%02d/%d", end.getDayOfMonth(), end.getMonthValue(), end.getYear())
                + ": Publicar el primer corte de datos abiertos";
        assertThat(subjects(here.csoMember(), 2)).containsExactly(
                "Compromiso publicado: Transparentar el gasto en medicamentos " + here.code(), due);

        Instant overdue = now.plus(Duration.ofDays(ChronoUnit.DAYS.between(today, end.plusDays(3))));
        reminders.remindAt(overdue);
        reminders.remindAt(overdue.plusSeconds(60));
        reminders.remindAt(overdue.plus(Duration.ofDays(1)));
        List<Received> mail = MailBox.await(address(here.csoMember()), 4);
        assertThat(mail).extracting(Received::subject).hasSize(4)
                .endsWith("Hito atrasado: Publicar el primer corte de datos abiertos", "Hito atrasado: Publicar el primer corte de datos abiertos");
        assertThat(mail.get(2).text()).contains("hace 3 días");
        assertThat(mail.get(3).text()).contains("hace 4 días");
        daily.tick(); // the scheduled path: every feature's reminders in their own transaction, then the digests
        assertThat(subjects(here.institute(), 5)).as("overdue reaches the secretariat too")
                .contains("Hito atrasado: Publicar el primer corte de datos abiertos");
    }
    @Test
    void anAgreementIsRemindedToItsOwnerWithALinkItCanOpen() {
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        WorkSession form = WorkSession.blank();
        form.setKind(WorkSessionKind.CO_CREATION);
        form.setMode(WorkSessionMode.IN_PERSON);
        form.setTitle("Mesa de cocreación");
        form.setHeldOn(today.minusDays(3));
        form.setPlace("Sala de juntas");
        long session = sessions.create(here.planId(), form).getId();
        LocalDate due = today.plusDays(Agreement.DUE_SOON_DAYS);
        sessions.addAgreement(session, "Enviar la minuta", here.cso(), due, null);

        agreementReminders.remindAt(clock.instant());
        List<Received> mail = MailBox.await(address(here.csoMember()), 1);
        assertThat(mail).extracting(Received::subject).containsExactly("Un acuerdo vence el "
                + String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear()) + ": Enviar la minuta");
        // the owner is a responsible actor: the link is its Pendientes, never the secretariat's agreements page
        assertThat(mail.get(0).text()).contains("/account/pending").doesNotContain("/stl/agreements");
        assertThat(MailBox.of(address(there.csoMember()))).as("never another state").isEmpty();
    }

    @Test
    void anEvaluatorAssignedToAPlanHearsOfTheAssessmentsWaitingForItAsItChose() throws Exception {
        scenario.publish(here);
        String never = scenario.newEvaluator(here, "nunca");
        String digest = scenario.newEvaluator(here, "resumen");
        String early = scenario.newEvaluator(there, "antes");
        actAs(here.evaluator());
        accounts.chooseOwnLanguage("en");
        actAs(never);
        preferences.choose(Map.of(MailKind.ASSESSMENT_WAITING, Delivery.NEVER));
        actAs(digest);
        preferences.choose(Map.of(MailKind.ASSESSMENT_WAITING, Delivery.DIGEST));
        LocalDate today = scenario.today(here);

        actAs(here.secretariat());
        transaction.begin();
        evaluations.assign(here.planId(), scenario.accountId(here.evaluator()), today.minusDays(1), today.plusMonths(6), true);
        transaction.rollback();
        assertEquals(0, mailsOf(here.evaluator(), MailKind.ASSESSMENT_WAITING), "a rolled-back assignment mails nothing");

        evaluations.assign(here.planId(), scenario.accountId(here.evaluator()), today.minusDays(1), today.plusMonths(6), true);
        evaluations.assign(here.planId(), scenario.accountId(never), today, today.plusMonths(6), false);
        evaluations.assign(here.planId(), scenario.accountId(digest), today, today.plusMonths(6), false);
        Received mail = MailBox.awaitMatching(address(here.evaluator()), m -> m.subject().startsWith("Assessments waiting"));
        assertEquals("Assessments waiting for you: Plan de Acción Local " + here.code() + " 2025–2027", mail.subject());
        assertThat(mail.text()).contains("One design assessment waits;", "/evaluation/", "assigned you this plan");
        assertEquals(0, mailsOf(never, MailKind.ASSESSMENT_WAITING), "who chose never gets nothing");
        assertEquals(1, mailsOf(digest, MailKind.ASSESSMENT_WAITING), "held for the digest");
        assertEquals(0, mailsOf(here.secretariat(), MailKind.ASSESSMENT_WAITING), "the secretariat that assigned is not told");

        actAs(there.secretariat()); // nothing published in that plan yet: nothing waits, nothing is mailed
        evaluations.assign(there.planId(), scenario.accountId(early), scenario.today(there), scenario.today(there).plusMonths(6), true);
        assertEquals(0, mailsOf(early, MailKind.ASSESSMENT_WAITING));
        assertEquals(0, mailsOf(there.evaluator(), MailKind.ASSESSMENT_WAITING), "another state's evaluator gets nothing");
    }

    private long mailsOf(String username, MailKind kind) {
        return em.createQuery("select count(m) from MailMessage m where m.recipient = :a and m.kind = :k", Long.class)
                .setParameter("a", address(username)).setParameter("k", kind).getSingleResult();
    }
}
