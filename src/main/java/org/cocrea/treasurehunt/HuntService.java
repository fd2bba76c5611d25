package org.cocrea.treasurehunt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.priority.Priority;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Treasure hunts of a plan, run by the secretariat of the plan's state: exercises, teams,
 * questions, answers, recommendations, every change audited. A follow-up exercise asks its
 * baseline's questions again. The public reads, for a published plan, the before-and-after
 * comparisons and nothing else of the exercises.
 */
@ApplicationScoped
@Transactional
public class HuntService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A new exercise; a follow-up copies the questions of its baseline. */
    public TreasureHunt create(long planId, TreasureHunt form, Long baselineId) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        TreasureHunt baseline = baselineId == null ? null : Records.found(em.find(TreasureHunt.class, baselineId));
        form.placeIn(plan, baseline);
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        if (form.isFollowUp()) {
            for (HuntQuestion question : questions(baseline.getId())) {
                HuntQuestion copy = question.askedAgainIn(form);
                em.persist(copy);
                audit.record(caller.username(), "CREATE", copy, null);
            }
        }
        return form;
    }

    public TreasureHunt update(TreasureHunt edited) {
        Caller caller = currentCaller.get();
        TreasureHunt hunt = load(edited.getId(), caller);
        ConcurrentChange.check(edited.getVersion(), hunt.getVersion());
        var before = hunt.auditSnapshot();
        hunt.takeFrom(edited);
        audit.record(caller.username(), "UPDATE", hunt, before);
        return hunt;
    }

    public HuntTeam addTeam(long huntId, String name, Long actorId, String people) {
        Caller caller = currentCaller.get();
        TreasureHunt hunt = load(huntId, caller);
        HuntTeam team = new HuntTeam(hunt, name, actorId == null ? null : Records.found(em.find(Actor.class, actorId)), people);
        em.persist(team);
        audit.record(caller.username(), "CREATE", team, null);
        return team;
    }

    /** A question at the end of the exercise's list. */
    public HuntQuestion addQuestion(long huntId, String text, Long priorityId, Long commitmentId, String programKey) {
        Caller caller = currentCaller.get();
        TreasureHunt hunt = load(huntId, caller);
        Long count = em.createQuery("select count(q) from HuntQuestion q where q.hunt.id = :h", Long.class)
                .setParameter("h", huntId).getSingleResult();
        HuntQuestion question = new HuntQuestion(hunt, count.intValue() + 1, text,
                priorityId == null ? null : Records.found(em.find(Priority.class, priorityId)),
                commitmentId == null ? null : Records.found(em.find(Commitment.class, commitmentId)),
                programKey);
        em.persist(question);
        audit.record(caller.username(), "CREATE", question, null);
        return question;
    }

    /** The team's answer to the question: a first one, or a change of the one given before. */
    public HuntAnswer answer(long teamId, long questionId, HuntAnswer form, String routeLines) {
        Caller caller = currentCaller.get();
        HuntTeam team = Records.found(em.find(HuntTeam.class, teamId));
        caller.requireSecretariatOf(team.getHunt().getStateId());
        HuntQuestion question = Records.found(em.find(HuntQuestion.class, questionId));
        HuntAnswer existing = em.createQuery("select a from HuntAnswer a where a.team.id = :t and a.question.id = :q",
                        HuntAnswer.class)
                .setParameter("t", teamId).setParameter("q", questionId)
                .getResultStream().findFirst().orElse(null);
        if (existing == null) {
            HuntAnswer answer = HuntAnswer.of(team, question, form, routeLines);
            em.persist(answer);
            audit.record(caller.username(), "ANSWER", answer, null);
            return answer;
        }
        var before = existing.auditSnapshot();
        existing.takeFrom(form, routeLines);
        audit.record(caller.username(), "ANSWER", existing, before);
        return existing;
    }

    public HuntRecommendation recommend(long huntId, Long authorityId, String text) {
        Caller caller = currentCaller.get();
        TreasureHunt hunt = load(huntId, caller);
        Actor authority = authorityId == null ? null : Records.found(em.find(Actor.class, authorityId));
        HuntRecommendation recommendation = new HuntRecommendation(hunt, authority, text, hunt.getPlan().today(clock));
        em.persist(recommendation);
        audit.record(caller.username(), "CREATE", recommendation, null);
        return recommendation;
    }

    /** Moves a recommendation's follow-up to a status, as of today in the plan's state. */
    public HuntRecommendation follow(long recommendationId, RecommendationStatus status) {
        Caller caller = currentCaller.get();
        HuntRecommendation recommendation = Records.found(em.find(HuntRecommendation.class, recommendationId));
        caller.requireSecretariatOf(recommendation.getHunt().getStateId());
        var before = recommendation.auditSnapshot();
        if (recommendation.moveTo(status, recommendation.getHunt().getPlan().today(clock))) {
            audit.record(caller.username(), "FOLLOW_UP", recommendation, before);
        }
        return recommendation;
    }

    /** The exercises of a plan, oldest first, for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TreasureHunt> ofPlanForSecretariat(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return hunts(planId);
    }

    /** An exercise with everything its page shows, for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HuntSheet sheet(long huntId) {
        TreasureHunt hunt = em.createQuery("select h from TreasureHunt h join fetch h.plan p join fetch p.state "
                        + "left join fetch h.baseline where h.id = :id", TreasureHunt.class)
                .setParameter("id", huntId).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        currentCaller.get().requireSecretariatOf(hunt.getStateId());
        List<HuntTeam> teams = em.createQuery("select t from HuntTeam t left join fetch t.actor where t.hunt.id = :h order by t.id",
                HuntTeam.class).setParameter("h", huntId).getResultList();
        List<HuntQuestion> questions = questions(huntId);
        List<HuntAnswer> answers = answers(List.of(huntId));
        List<HuntRecommendation> recommendations = em.createQuery("select r from HuntRecommendation r join fetch r.authority "
                + "where r.hunt.id = :h order by r.id", HuntRecommendation.class).setParameter("h", huntId).getResultList();
        HuntComparison comparison = hunt.isFollowUp() ? compare(questions, answers, answers(List.of(hunt.getBaseline().getId()))) : null;
        return new HuntSheet(hunt, teams, questions, answers, recommendations, comparison);
    }

    /** A follow-up exercise and its comparison with its baseline, as the public reads it. */
    public record Compared(TreasureHunt followUp, HuntComparison comparison) {
    }

    /**
     * The before-and-after comparison of every follow-up exercise of a published plan, oldest
     * first; a draft plan's are not found. In a fixed number of queries.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Compared> publicComparisons(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        if (!plan.isPublished()) {
            throw new NotFoundException();
        }
        List<TreasureHunt> followUps = hunts(planId).stream().filter(TreasureHunt::isFollowUp).toList();
        if (followUps.isEmpty()) {
            return List.of();
        }
        List<Long> involved = followUps.stream().flatMap(h -> java.util.stream.Stream.of(h.getId(), h.getBaseline().getId()))
                .distinct().toList();
        List<HuntQuestion> questions = em.createQuery("select q from HuntQuestion q join fetch q.hunt where q.hunt.id in :h "
                + "order by q.position, q.id", HuntQuestion.class).setParameter("h", involved).getResultList();
        List<HuntAnswer> answers = answers(involved);
        return followUps.stream().map(f -> new Compared(f, compare(
                questions.stream().filter(q -> q.getHunt().getId().equals(f.getId())).toList(),
                answers.stream().filter(a -> a.getTeam().getHunt().getId().equals(f.getId())).toList(),
                answers.stream().filter(a -> a.getTeam().getHunt().getId().equals(f.getBaseline().getId())).toList())))
                .toList();
    }

    private static HuntComparison compare(List<HuntQuestion> followUpQuestions, List<HuntAnswer> after, List<HuntAnswer> before) {
        Map<Long, List<Finding>> afterByQuestion = HuntSheet.findingsByQuestion(after);
        Map<Long, List<Finding>> beforeByQuestion = HuntSheet.findingsByQuestion(before);
        return HuntComparison.of(followUpQuestions.stream()
                .filter(q -> q.getCopiedFrom() != null)
                .map(q -> new HuntComparison.Pair(q.getText(),
                        beforeByQuestion.getOrDefault(q.getCopiedFrom(), List.of()),
                        afterByQuestion.getOrDefault(q.getId(), List.of())))
                .toList());
    }

    private List<TreasureHunt> hunts(long planId) {
        return em.createQuery("select h from TreasureHunt h left join fetch h.baseline where h.plan.id = :p "
                + "order by h.heldOn, h.id", TreasureHunt.class).setParameter("p", planId).getResultList();
    }

    private List<HuntQuestion> questions(long huntId) {
        return em.createQuery("select q from HuntQuestion q left join fetch q.priority left join fetch q.commitment "
                + "where q.hunt.id = :h order by q.position, q.id", HuntQuestion.class).setParameter("h", huntId).getResultList();
    }

    private List<HuntAnswer> answers(List<Long> huntIds) {
        return em.createQuery("select distinct a from HuntAnswer a join fetch a.team t join fetch t.hunt join fetch a.question "
                + "left join fetch a.route where t.hunt.id in :h", HuntAnswer.class).setParameter("h", huntIds).getResultList();
    }

    private TreasureHunt load(long huntId, Caller caller) {
        TreasureHunt hunt = Records.found(em.find(TreasureHunt.class, huntId));
        caller.requireSecretariatOf(hunt.getStateId());
        return hunt;
    }
}
