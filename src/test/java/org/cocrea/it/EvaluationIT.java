package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.evaluation.AssessmentService;
import org.cocrea.evaluation.EvaluationService;
import org.cocrea.evaluation.Item;
import org.cocrea.evaluation.Moment;
import org.cocrea.evaluation.ResultVersion;
import org.cocrea.evaluation.ResultsService;
import org.cocrea.evaluation.ScoredItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Role;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evaluation's boundaries, tried from the wrong side: who reads what (assigned evaluators of the
 * plan's state, published commitments only), blind scoring, immutability, the lead's reconciliation,
 * the lead institution's reply within its period, and the institute's co-signature.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private AccountService accounts;
    @Inject private PlanService plans;
    @Inject private org.cocrea.commitment.CommitmentService commitments;
    @Inject private EvaluationService evaluations;
    @Inject private AssessmentService assessments;
    @Inject private ResultsService results;
    @Inject private CurrentCaller currentCaller;
    @Inject private PendingService pending;
    @jakarta.persistence.PersistenceContext(unitName = "cocrea") private jakarta.persistence.EntityManager em;

    private World here;
    private World there;
    private String second;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
        second = evaluator(here, "eval2");
        scenario.publish(here);
        scenario.publish(there);
    }

    @Test
    void anEvaluatorReadsOnlyThePublishedCommitmentsOfPlansItIsAssignedTo() {
        actAs(here.evaluator());
        assertThrows(NotFoundException.class, () -> assessments.forEvaluator(here.commitmentId()));
        assertThrows(NotFoundException.class, () -> assessments.own(here.commitmentId(), Moment.DESIGN));
        assertThrows(NotFoundException.class, () -> assessments.save(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL")));
        assertThat(assessments.home().toAssess()).isEmpty();

        assign(here, here.evaluator(), true);
        assign(there, there.evaluator(), true);
        actAs(here.evaluator());
        assertEquals(here.commitmentId(), assessments.forEvaluator(here.commitmentId()).getId());
        assertThat(assessments.home().toAssess()).extracting(t -> t.commitment().getId()).containsExactly(here.commitmentId());
        // nothing of another state, though that state's plan has an evaluation running
        assertThrows(NotFoundException.class, () -> assessments.forEvaluator(there.commitmentId()));
        assertThrows(NotFoundException.class, () -> assessments.milestones(there.commitmentId()));
        assertThrows(NotFoundException.class, () -> assessments.submit(there.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL")));
        assertThrows(NotFoundException.class, () -> evaluations.evidenceFile(Long.MAX_VALUE));
        // never a draft of its own plan
        actAs(here.secretariat());
        org.cocrea.commitment.Commitment form = org.cocrea.commitment.Commitment.blank();
        form.getTemplate().setTitle("Borrador que nadie evalúa");
        long draft = commitments.create(here.planId(), form, null, List.of()).getId();
        actAs(here.evaluator());
        assertThrows(NotFoundException.class, () -> assessments.forEvaluator(draft));
        assertThrows(NotFoundException.class, () -> assessments.save(draft, Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL")));
        // results are assessed at the plan's end only
        var early = assertThrows(DomainException.class, () -> assessments.own(here.commitmentId(), Moment.RESULTS));
        assertEquals("evaluation.moment.beforeEnd", early.messageKey());
    }

    @Test
    void onlyTheSecretariatOfThePlansStateAssignsEvaluatorsOfThatState() {
        long ours = accountId(here.evaluator());
        long theirs = accountId(there.evaluator());
        long cso = accountId(here.csoMember());
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> evaluations.assign(here.planId(), ours,
                scenario.today(here), scenario.today(here).plusMonths(6), true));
        for (String outsider : List.of(here.evaluator(), here.agencyMember(), here.csoMember())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> evaluations.assignmentsOf(here.planId()));
        }
        actAs(here.secretariat());
        var foreign = assertThrows(DomainException.class, () -> evaluations.assign(here.planId(), theirs,
                scenario.today(here), scenario.today(here).plusMonths(6), false));
        assertEquals("evaluator", foreign.field());
        var notAnEvaluator = assertThrows(DomainException.class, () -> evaluations.assign(here.planId(), cso,
                scenario.today(here), scenario.today(here).plusMonths(6), false));
        assertEquals("evaluator", notAnEvaluator.field());
        assertThat(evaluations.assignmentsOf(here.planId())).isEmpty();
    }

    @Test
    void scoringIsBlindUntilSubmittedAndASubmittedAssessmentNeverChanges() {
        assign(here, here.evaluator(), true);
        assign(here, second, false);
        actAs(here.evaluator());
        assessments.submit(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL"));
        assertThat(assessments.others(here.commitmentId(), Moment.DESIGN)).isEmpty();

        actAs(second);
        assessments.save(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "MODEST"));
        var blind = assertThrows(DomainException.class, () -> assessments.others(here.commitmentId(), Moment.DESIGN));
        assertEquals("evaluation.blind", blind.messageKey());
        assertThat(assessments.home().drafts()).hasSize(1);
        assessments.submit(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "MODEST"));
        assertThat(assessments.others(here.commitmentId(), Moment.DESIGN)).singleElement()
                .satisfies(a -> assertEquals("SUBSTANTIAL", a.levelOf(Item.POTENTIAL)));

        actAs(here.evaluator());
        var locked = assertThrows(DomainException.class,
                () -> assessments.save(here.commitmentId(), Moment.DESIGN, design("NOT_VERIFIABLE", "UNCLEAR")));
        assertEquals("evaluation.assessment.submitted", locked.messageKey());
        assertEquals("SUBSTANTIAL", assessments.own(here.commitmentId(), Moment.DESIGN).levelOf(Item.POTENTIAL));
        actAs(second);
        assertEquals("MODEST", assessments.own(here.commitmentId(), Moment.DESIGN).levelOf(Item.POTENTIAL));
    }

    @Test
    void referencesMustBelongToTheCommitment() {
        assign(here, here.evaluator(), true);
        actAs(here.evaluator());
        List<ScoredItem> items = new java.util.ArrayList<>(design("VERIFIABLE", "SUBSTANTIAL"));
        items.set(0, new ScoredItem(Item.VERIFIABILITY, "VERIFIABLE", "Tiene hitos verificables.", "milestone:" + there.milestoneId(), null));
        var other = assertThrows(DomainException.class, () -> assessments.save(here.commitmentId(), Moment.DESIGN, items));
        assertEquals("evaluation.reference.otherCommitment", other.messageKey());
        assertEquals("VERIFIABILITY", other.field());
        items.set(0, new ScoredItem(Item.VERIFIABILITY, "VERIFIABLE", "Tiene hitos verificables.", "javascript:alert(1)", null));
        assertThrows(DomainException.class, () -> assessments.save(here.commitmentId(), Moment.DESIGN, items));
        items.set(0, new ScoredItem(Item.VERIFIABILITY, "VERIFIABLE", "Tiene hitos verificables.",
                "milestone:" + here.milestoneId() + "\nhttps://datos.gob.mx/", null));
        assessments.save(here.commitmentId(), Moment.DESIGN, items);
    }

    @Test
    void onlyTheLeadReconcilesAndANoteIsRequiredWhereTheyDiffered() {
        bothSubmitDesigns();
        actAs(second);
        assertThrows(AccessDeniedException.class, () -> assessments.reconciliation(here.commitmentId(), Moment.DESIGN));
        assertThrows(AccessDeniedException.class,
                () -> assessments.reconcile(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL"), null));
        actAs(here.secretariat());
        assertThrows(NotFoundException.class, () -> assessments.reconcile(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL"), null));

        actAs(here.evaluator());
        var rec = assessments.reconciliation(here.commitmentId(), Moment.DESIGN);
        assertThat(rec.assessments()).hasSize(2);
        assertEquals(false, rec.agreeOn(Item.POTENTIAL));
        var noNote = assertThrows(DomainException.class,
                () -> assessments.reconcile(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL"), null));
        assertEquals("POTENTIAL", noNote.field());
        assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), null);
        assertThat(assessments.home().toReconcile()).isEmpty();
    }

    @Test
    void theReplyIsTheLeadInstitutionsWithinItsPeriod() {
        bothSubmitDesigns();
        actAs(here.evaluator());
        assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), null);

        for (String outsider : List.of(here.csoMember(), there.agencyMember(), here.evaluator(), here.secretariat())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> evaluations.reply(here.commitmentId(), "No estamos de acuerdo."));
        }
        actAs(here.agencyMember());
        var closed = assertThrows(DomainException.class, () -> evaluations.reply(here.commitmentId(), "Respuesta."));
        assertEquals("evaluation.reply.closed", closed.messageKey());

        LocalDate today = scenario.today(here);
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> evaluations.setReplyPeriod(here.planId(), today, today.plusDays(10)));
        actAs(here.secretariat());
        evaluations.setReplyPeriod(here.planId(), today.minusDays(10), today.minusDays(1));
        actAs(here.agencyMember());
        assertThrows(DomainException.class, () -> evaluations.reply(here.commitmentId(), "Tarde."));
        actAs(here.secretariat());
        evaluations.setReplyPeriod(here.planId(), today, today.plusDays(10));
        actAs(here.agencyMember());
        var blank = assertThrows(DomainException.class, () -> evaluations.reply(here.commitmentId(), "  "));
        assertEquals("reply", blank.field());
        evaluations.reply(here.commitmentId(), "La dependencia publicará los datos faltantes.");
        var twice = assertThrows(DomainException.class, () -> evaluations.reply(here.commitmentId(), "Otra vez."));
        assertEquals("evaluation.reply.already", twice.messageKey());
    }

    @Test
    void publicationNeedsTheInstitutesSignatureAndChangesAfterItAreNewVersions() {
        bothSubmitDesigns();
        actAs(here.evaluator());
        assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), null);
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        evaluations.setReplyPeriod(here.planId(), today, today.plusDays(10));

        for (String outsider : List.of(here.secretariat(), here.evaluator(), here.agencyMember(), there.institute())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> evaluations.publish(here.planId()));
        }
        actAs(here.institute());
        var open = assertThrows(DomainException.class, () -> evaluations.publish(here.planId()));
        assertEquals("evaluation.publish.replyOpen", open.messageKey());
        actAsPublic();
        assertThat(results.ofPlan(here.planId()).commitments()).isEmpty();
        assertNull(results.ofCommitment(here.commitmentId()));

        actAs(here.agencyMember());
        evaluations.reply(here.commitmentId(), "Atenderemos la observación.");
        actAs(here.institute());
        evaluations.publish(here.planId());
        actAsPublic();
        var published = results.ofCommitment(here.commitmentId());
        assertEquals("Atenderemos la observación.", published.reply().getBody());
        assertEquals(1, published.design().getNumber());
        assertEquals(1, results.ofPlan(here.planId()).figures().promising());

        actAs(here.evaluator());
        var needsReason = assertThrows(DomainException.class,
                () -> assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), " "));
        assertEquals("correction", needsReason.field());
        ResultVersion correction = assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), "Se corrigió la justificación.");
        assertEquals(2, correction.getNumber());
        actAsPublic();
        assertEquals(1, results.ofCommitment(here.commitmentId()).history().size()); // not public until signed
        actAs(here.institute());
        evaluations.publish(here.planId()); // answered already: the reply stands next to every version
        actAsPublic();
        assertThat(results.ofCommitment(here.commitmentId()).history()).extracting(ResultVersion::getNumber).containsExactly(1, 2);
        assertThat(results.comparison()).anySatisfy(row -> assertEquals(here.planId(), row.planId()));
        assertThat(results.comparison()).noneSatisfy(row -> assertEquals(there.planId(), row.planId()));
    }

    @Test
    void aPublicationOfResultsIsToldToTheConfirmedFollowersOfItsCommitmentsOnly() {
        String code = here.code().toLowerCase(Locale.ROOT);
        String follower = "ana." + code + "@seguidores.mx";
        String unconfirmed = "beto." + code + "@seguidores.mx";
        String elsewhere = "carla." + there.code().toLowerCase(Locale.ROOT) + "@seguidores.mx";
        scenario.follower(org.cocrea.follow.FollowTarget.COMMITMENT, here.commitmentId(), follower, "en", true);
        scenario.follower(org.cocrea.follow.FollowTarget.STATE, here.stateId(), unconfirmed, "es", false);
        scenario.follower(org.cocrea.follow.FollowTarget.STATE, there.stateId(), elsewhere, "es", true);
        bothSubmitDesigns();
        actAs(here.evaluator());
        assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), null);
        assertEquals(0, followerMails(follower), "recorded, not yet published: nothing");
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        evaluations.setReplyPeriod(here.planId(), today, today.plusDays(10));
        actAs(here.agencyMember());
        evaluations.reply(here.commitmentId(), "Atenderemos la observación.");

        actAs(here.institute());
        evaluations.publish(here.planId());
        var mail = org.cocrea.support.MailBox.awaitMatching(follower, m -> m.subject().startsWith("Evaluation results published"));
        assertEquals("Evaluation results published: Transparentar el gasto en medicamentos " + here.code(), mail.subject());
        assertThat(mail.text()).contains("The design assessment of the commitment", "/results?plan=" + here.planId(),
                "you follow this commitment");
        assertEquals(1, followerMails(follower));
        assertEquals(0, followerMails(unconfirmed), "an unconfirmed address gets nothing");
        assertEquals(0, followerMails(elsewhere), "another state's follower gets nothing");
    }

    private long followerMails(String address) {
        return em.createQuery("select count(m) from MailMessage m where m.recipient = :a and m.kind = :k", Long.class)
                .setParameter("a", address).setParameter("k", org.cocrea.mail.MailKind.FOLLOW_RESULT).getSingleResult();
    }

    @Test
    void resultsAreAssessedFromThePlansLastDay() {
        assign(here, here.evaluator(), true);
        actAs(here.secretariat());
        ActionPlan plan = plans.forSecretariat(here.planId());
        plan.setCycleEnd(scenario.today(here));
        plans.update(plan);
        actAs(here.evaluator());
        assessments.submit(here.commitmentId(), Moment.RESULTS, List.of(
                new ScoredItem(Item.COMPLETION, "SUBSTANTIAL", "Dos de tres cortes publicados.", null, null),
                new ScoredItem(Item.OPENED_GOVERNMENT, "MAJOR", "El gasto en medicamentos ya se consulta.", null, null)));
        assertThat(assessments.home().toAssess()).extracting(t -> t.moment()).containsExactly(Moment.DESIGN);
    }

    @Test
    void anAssignedEvaluatorReadsThePublicRecordOfTheChangeLogOnly() {
        // not assigned yet, another state's evaluator, another role: no change log
        actAs(here.evaluator());
        assertThrows(NotFoundException.class, () -> assessments.changeLog(here.commitmentId()));
        bothSubmitDesigns();
        actAs(here.evaluator());
        assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), null);
        assign(there, there.evaluator(), true);
        actAs(there.evaluator());
        assertThrows(NotFoundException.class, () -> assessments.changeLog(here.commitmentId()));
        actAs(here.agencyMember());
        assertThrows(NotFoundException.class, () -> assessments.changeLog(here.commitmentId()));

        actAs(second);
        var log = assessments.changeLog(here.commitmentId());
        assertThat(log).extracting(e -> e.getEntityType() + ":" + e.getAction()).contains("Commitment:PUBLISH")
                .allMatch(kind -> List.of("Commitment:PUBLISH", "Milestone:STATUS", "Milestone:PROGRESS", "Milestone:SIGN_OFF",
                        "Milestone:VERIFY", "ProgressReport:REPORT", "Evidence:ADD_EVIDENCE").contains(kind));
        // the secretariat's trail of the same commitment holds the drafts and the assessments the evaluator never reads
        actAs(here.secretariat());
        var trail = commitments.auditTrail(here.commitmentId(), 0, 1000);
        assertThat(trail).extracting(e -> e.getEntityType()).contains("Assessment", "ResultVersion");
        assertThat(trail).extracting(e -> e.getAction()).contains("CREATE");
        assertThat(log).noneMatch(e -> e.getEntityType().equals("Assessment") || e.getEntityType().equals("ResultVersion")
                || e.getAction().equals("CREATE") || e.getAction().equals("UPDATE"));
    }

    @Test
    void theAdministratorAssignsEvaluatorsAsTheSecretariatDoes() {
        long ours = accountId(here.evaluator());
        LocalDate today = scenario.today(here);
        actAs(here.secretariat());
        assertThrows(AccessDeniedException.class, () -> evaluations.plansForAdmin(here.stateId()));
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        assertThat(evaluations.plansForAdmin(here.stateId())).extracting(ActionPlan::getId).contains(here.planId())
                .doesNotContain(there.planId());
        assertEquals(here.planId(), evaluations.plan(here.planId()).getId());
        evaluations.assign(here.planId(), ours, today.minusDays(1), today.plusMonths(6), true);
        var twice = assertThrows(DomainException.class, () -> evaluations.assign(here.planId(), ours, today, today.plusDays(3), false));
        assertEquals("evaluator", twice.field());
        actAs(here.evaluator());
        assertEquals(here.commitmentId(), assessments.forEvaluator(here.commitmentId()).getId());
        actAs(here.secretariat());
        assertThat(evaluations.assignmentsOf(here.planId())).singleElement().satisfies(a -> assertThat(a.isLead()).isTrue());
    }

    @Test
    void pendientesListAssessmentsToDoToReconcileAndRepliesDueToWhomTheyBelong() {
        assign(here, here.evaluator(), true);
        assign(here, second, false);
        actAs(there.evaluator());
        assertThat(pending.mine()).noneMatch(i -> i.recordId() == here.commitmentId());
        actAs(second);
        assertThat(pendingOf(PendingKind.ASSESSMENT_DESIGN)).containsExactly(here.commitmentId());
        assessments.submit(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "MODEST"));
        assertThat(pendingOf(PendingKind.ASSESSMENT_DESIGN)).isEmpty();
        actAs(here.evaluator());
        assessments.submit(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL"));
        assertThat(pendingOf(PendingKind.RECONCILE_DESIGN)).containsExactly(here.commitmentId());
        actAs(second);
        assertThat(pendingOf(PendingKind.RECONCILE_DESIGN)).isEmpty(); // not the lead
        actAs(here.evaluator());
        assessments.reconcile(here.commitmentId(), Moment.DESIGN, reconciled(), null);
        assertThat(pendingOf(PendingKind.RECONCILE_DESIGN)).isEmpty();

        LocalDate today = scenario.today(here);
        actAs(here.agencyMember());
        assertThat(pendingOf(PendingKind.REPLY_DUE)).isEmpty(); // no reply period yet
        actAs(here.secretariat());
        evaluations.setReplyPeriod(here.planId(), today, today.plusDays(10));
        for (String outsider : List.of(here.csoMember(), there.agencyMember(), here.evaluator(), here.secretariat())) {
            actAs(outsider);
            assertThat(pendingOf(PendingKind.REPLY_DUE)).isEmpty();
        }
        actAs(here.agencyMember());
        assertThat(pending.mine()).filteredOn(i -> i.kind() == PendingKind.REPLY_DUE).singleElement()
                .satisfies(i -> assertEquals(today.plusDays(10), i.dueOn()));
        evaluations.reply(here.commitmentId(), "Respuesta de la dependencia.");
        assertThat(pendingOf(PendingKind.REPLY_DUE)).isEmpty();
    }

    private List<Long> pendingOf(PendingKind kind) {
        return pending.mine().stream().filter(i -> i.kind() == kind).map(i -> i.recordId()).toList();
    }

    private void bothSubmitDesigns() {
        assign(here, here.evaluator(), true);
        assign(here, second, false);
        actAs(here.evaluator());
        assessments.submit(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "SUBSTANTIAL"));
        actAs(second);
        assessments.submit(here.commitmentId(), Moment.DESIGN, design("VERIFIABLE", "MODEST"));
    }

    private static List<ScoredItem> reconciled() {
        return Item.of(Moment.DESIGN).stream().map(item -> new ScoredItem(item, level(item, "VERIFIABLE", "SUBSTANTIAL"),
                "Justificación conciliada.", null, item == Item.POTENTIAL ? "Los hitos tienen metas medibles." : null)).toList();
    }

    private static List<ScoredItem> design(String verifiability, String potential) {
        return Item.of(Moment.DESIGN).stream()
                .map(item -> new ScoredItem(item, level(item, verifiability, potential), "Justificación de " + item, null, null))
                .toList();
    }

    private static String level(Item item, String verifiability, String potential) {
        return switch (item) {
            case VERIFIABILITY -> verifiability;
            case POTENTIAL -> potential;
            case RELEVANCE_TRANSPARENCY -> "RELEVANT";
            default -> "NOT_RELEVANT";
        };
    }

    private void assign(World world, String evaluator, boolean lead) {
        long id = accountId(evaluator);
        actAs(world.secretariat());
        LocalDate today = scenario.today(world);
        evaluations.assign(world.planId(), id, today.minusDays(1), today.plusMonths(6), lead);
    }

    /** The id of an account (leaves the test acting as nobody in particular: act again after). */
    private long accountId(String username) {
        actAs(username);
        return currentCaller.get().accountId();
    }

    private String evaluator(World world, String suffix) {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        String username = world.code().toLowerCase(Locale.ROOT) + "." + suffix;
        Account form = Account.blank();
        form.setUsername(username);
        form.setFullName("Persona " + username);
        form.setEmail(username + "@ejemplo.mx");
        form.setRole(Role.EVALUATOR);
        accounts.create(form, world.stateId(), world.academia(), Scenario.PASSWORD);
        return username;
    }
}
