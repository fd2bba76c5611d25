package org.cocrea.support;

import static org.cocrea.support.ActingCaller.actAs;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.shared.Role;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.Dates;
import org.cocrea.state.State;
import org.cocrea.state.StateService;

/**
 * Builds a fresh state through the real services, as the real users would: the administrator
 * creates the state, its actors and accounts; its secretariat creates a plan and a commitment
 * with one milestone. Codes and names are random, so tests never collide with each other or
 * with the demo data in the shared test database.
 */
@Dependent
public class Scenario {

    public static final String PASSWORD = "Prueba-segura-2026";

    @Inject private StateService states;
    @Inject private ActorService actors;
    @Inject private AccountService accounts;
    @Inject private PlanService plans;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;
    @Inject private Clock clock;
    @Inject private org.cocrea.milestone.ReportService reports;
    @Inject private org.cocrea.social.SocialProgramService programs;
    @Inject private org.cocrea.follow.FollowService follows;
    @Inject private org.cocrea.follow.FormTokens forms;
    @Inject private org.cocrea.evaluation.EvaluationService evaluations;
    @Inject private org.cocrea.evaluation.AssessmentService assessments;
    @jakarta.persistence.PersistenceContext(unitName = "cocrea") private jakarta.persistence.EntityManager em;

    /**
     * The zones a test state lives in, far apart on purpose: a date computed in the wrong zone
     * shows up as a failure at some hour of the day.
     */
    private static final List<String> ZONES = List.of("America/Tijuana", "America/Hermosillo",
            "America/Mexico_City", "America/Cancun");

    /** What a test needs to know about its state. */
    public record World(long stateId, String code, ZoneId zone, long government, long cso, long academia,
                        String secretariat, String institute, String csoMember, String agencyMember, String evaluator,
                        long planId, long commitmentId, long milestoneId) {
    }

    /** Today in the world's state, by the application's clock: the latest date a report may carry. */
    public LocalDate today(World world) {
        return Dates.today(clock, world.zone());
    }

    /** A state with accounts for every role, a draft plan and a draft commitment with one milestone. */
    public World newState() {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        String code = randomCode();
        State form = State.blank();
        form.setCode(code);
        form.setName("Estado de prueba " + code);
        form.setSecretariatName("Secretariado Técnico Local " + code);
        form.setTimeZone(ZONES.get(ThreadLocalRandom.current().nextInt(ZONES.size())));
        State state = states.create(form);
        long stateId = state.getId();
        // dates relative to today, so that the world does not age into "overdue" as the calendar moves
        LocalDate today = state.today(clock);
        long government = actors.create(stateId, "Secretaría de la Contraloría " + code, ActorType.GOVERNMENT_AGENCY).getId();
        long institute = actors.create(stateId, "Instituto de Transparencia " + code, ActorType.INFORMATION_INSTITUTE).getId();
        long cso = actors.create(stateId, "Observatorio Ciudadano " + code, ActorType.CSO).getId();
        long academia = actors.create(stateId, "Universidad Estatal " + code, ActorType.ACADEMIA).getId();
        String prefix = code.toLowerCase(Locale.ROOT);
        String secretariat = account(prefix + ".stl", Role.SECRETARIAT, stateId, government);
        String instituteMember = account(prefix + ".inst", Role.INFORMATION_INSTITUTE, stateId, institute);
        String csoMember = account(prefix + ".osc", Role.RESPONSIBLE_ACTOR, stateId, cso);
        String agencyMember = account(prefix + ".dep", Role.RESPONSIBLE_ACTOR, stateId, government);
        String evaluator = account(prefix + ".eval", Role.EVALUATOR, stateId, academia);

        actAs(secretariat);
        ActionPlan plan = ActionPlan.blank();
        plan.setTitle("Plan de Acción Local " + code + " 2025–2027");
        plan.setCycleStart(LocalDate.of(2025, 1, 1));
        plan.setCycleEnd(LocalDate.of(today.getYear() + 2, 12, 31));
        long planId = plans.create(plan).getId();

        Commitment commitment = Commitment.blank();
        commitment.getTemplate().setTitle("Transparentar el gasto en medicamentos " + code);
        commitment.getTemplate().setProblem("La ciudadanía no sabe cuánto se gasta en medicamentos ni dónde se surten.");
        commitment.getTemplate().setObjective("Publicar mensualmente el gasto y el abasto de medicamentos por unidad médica.");
        commitment.getTemplate().setDescription("Tablero público con datos abiertos de compras y abasto.");
        commitment.getTemplate().setValueTransparency(true);
        commitment.getTemplate().setStartDate(LocalDate.of(2025, 3, 1));
        commitment.getTemplate().setEndDate(today.plusYears(1));
        commitment.getTemplate().setBudgetProgramKey("E045");
        commitment.getTemplate().setBudgetProgramName("Programa de Atención a la Salud");
        commitment.getTemplate().setFundingSource("FASSA (Ramo 33)");
        long commitmentId = commitments.create(planId, commitment, government, List.of(cso)).getId();
        commitments.putBudget(commitmentId, 2025, new BigDecimal("12500000.00"), new BigDecimal("13000000.00"),
                new BigDecimal("9750000.50"));

        Milestone milestone = Milestone.blank();
        milestone.setTitle("Publicar el primer corte de datos abiertos");
        milestone.setDeliverable("Conjunto de datos en formato CSV");
        milestone.setStartDate(LocalDate.of(2025, 4, 1));
        milestone.setEndDate(today.plusMonths(6));
        milestone.setWeight(new BigDecimal("2"));
        long milestoneId = milestones.create(commitmentId, milestone, List.of(cso)).getId();

        return new World(stateId, code, state.zone(), government, cso, academia, secretariat, instituteMember, csoMember,
                agencyMember, evaluator, planId, commitmentId, milestoneId);
    }

    /** Publishes the world's commitment (submitted, approved, published) and plan, as its secretariat. */
    public void publish(World world) {
        actAs(world.secretariat());
        publishCommitment(world.commitmentId());
        plans.publish(world.planId());
    }

    /** Takes a draft commitment through review, approval and publication, as the current caller. */
    public void publishCommitment(long commitmentId) {
        commitments.submitForReview(commitmentId);
        int read = commitments.forSecretariat(commitmentId).getCurrentVersion();
        commitments.approve(commitmentId, read);
        commitments.publish(commitmentId, read);
    }

    /**
     * One more commitment of the world's plan, as its secretariat: complete enough to publish (the
     * template's required fields, the world's lead and CSO, one milestone), still a draft. Its id.
     */
    public long newCommitment(World world, String title, java.util.function.Consumer<org.cocrea.commitment.CommitmentTemplate> more) {
        actAs(world.secretariat());
        LocalDate today = today(world);
        Commitment form = Commitment.blank();
        form.getTemplate().setTitle(title);
        form.getTemplate().setProblem("Problema de " + title);
        form.getTemplate().setObjective("Objetivo de " + title);
        form.getTemplate().setDescription("Descripción de " + title);
        form.getTemplate().setValueTransparency(true);
        form.getTemplate().setStartDate(today.minusMonths(1));
        form.getTemplate().setEndDate(today.plusYears(1));
        more.accept(form.getTemplate());
        long id = commitments.create(world.planId(), form, world.government(), List.of(world.cso())).getId();
        Milestone milestone = Milestone.blank();
        milestone.setTitle("Hito de " + title);
        milestone.setStartDate(today.minusMonths(1));
        milestone.setEndDate(today.plusMonths(6));
        milestones.create(id, milestone, List.of(world.cso()));
        return id;
    }

    /** One more evaluator account of the world's state (of its academia), as the administrator creates it. Its username. */
    public String newEvaluator(World world, String suffix) {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        return account(world.code().toLowerCase(Locale.ROOT) + "." + suffix, Role.EVALUATOR, world.stateId(), world.academia());
    }

    /** The id of an account. */
    public long accountId(String username) {
        return em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    private String account(String username, Role role, long stateId, long actorId) {
        Account form = Account.blank();
        form.setUsername(username);
        form.setFullName("Persona " + username);
        form.setEmail(username + "@ejemplo.mx");
        form.setRole(role);
        accounts.create(form, stateId, actorId, PASSWORD);
        return username;
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    /** The world's CSO reports its milestone done: 100 % with a PDF as evidence (issue 13, signoffs). */
    public void reportDone(World world, String narrative) {
        actAs(world.csoMember());
        org.cocrea.milestone.ProgressReport report = org.cocrea.milestone.ProgressReport.draft(today(world));
        report.setNarrative(narrative);
        report.setPercent(100);
        reports.submit(world.milestoneId(), report,
                List.of(new org.cocrea.file.Upload("corte.pdf", TestFiles.pdf(narrative))), List.of());
    }

    /** A social program of the world's state, run by its government actor, as its secretariat creates it (a draft). Its id. */
    public long newProgram(World world, String name) {
        actAs(world.secretariat());
        org.cocrea.social.SocialProgram form = org.cocrea.social.SocialProgram.blank();
        form.setName(name);
        return programs.create(world.stateId(), form, world.government()).getId();
    }

    /**
     * An address that follows a public target by e-mail, as the public does it (the form, then the link of the
     * confirmation mail, read back from the outbox); {@code confirmed} false stops before the link.
     */
    public void follower(org.cocrea.follow.FollowTarget target, long id, String address, String language, boolean confirmed) {
        ActingCaller.actAsPublic();
        follows.request(target, id, address, language, forms.fresh(), "scenario." + address);
        if (!confirmed) {
            return;
        }
        String text = em.createQuery("select m.text from MailMessage m where m.recipient = :a and m.kind = :k order by m.id desc",
                        String.class)
                .setParameter("a", address).setParameter("k", org.cocrea.mail.MailKind.FOLLOW_CONFIRM)
                .setMaxResults(1).getSingleResult();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/follow\\?confirm=(\\S+)").matcher(text);
        if (!link.find() || follows.confirm(link.group(1)).isEmpty()) {
            throw new IllegalStateException("no confirmation link for " + address);
        }
    }

    /**
     * The reconciled design result of the world's (published) commitment, as its evaluator records it
     * alone as lead (assigned, submitted, reconciled; promising: verifiable, relevant to transparency,
     * substantial; the milestone as a reference), not published. {@code correction} is required once a
     * version was published (issue 14, open data of results). The version's id.
     */
    public long recordDesignResult(World world, String justification, String correction) {
        actAs(world.secretariat());
        LocalDate today = today(world);
        long evaluator = accountId(world.evaluator());
        if (evaluations.assignmentsOf(world.planId()).stream().noneMatch(a -> a.getEvaluator().getId() == evaluator)) {
            evaluations.assign(world.planId(), evaluator, today.minusDays(1), today.plusMonths(6), true);
            evaluations.setReplyPeriod(world.planId(), today, today.plusDays(10));
        }
        List<org.cocrea.evaluation.ScoredItem> items = org.cocrea.evaluation.Item.of(org.cocrea.evaluation.Moment.DESIGN).stream()
                .map(item -> new org.cocrea.evaluation.ScoredItem(item, switch (item) {
                    case VERIFIABILITY -> "VERIFIABLE";
                    case POTENTIAL -> "SUBSTANTIAL";
                    case RELEVANCE_TRANSPARENCY -> "RELEVANT";
                    default -> "NOT_RELEVANT";
                }, justification, item == org.cocrea.evaluation.Item.VERIFIABILITY ? "milestone:" + world.milestoneId() : null, null))
                .toList();
        actAs(world.evaluator());
        if (correction == null) {
            assessments.submit(world.commitmentId(), org.cocrea.evaluation.Moment.DESIGN, items);
        }
        return assessments.reconcile(world.commitmentId(), org.cocrea.evaluation.Moment.DESIGN, items, correction).getId();
    }

    /** Publishes the world's recorded results, as its institute, after its lead agency replied with {@code reply} (once). */
    public void publishResults(World world, String reply) {
        if (reply != null) {
            actAs(world.agencyMember());
            evaluations.reply(world.commitmentId(), reply);
        }
        actAs(world.institute());
        evaluations.publish(world.planId());
    }
}
