package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Recommendations to decision makers about a social program's risks: the secretariat of the
 * program's state writes them, records the authority's answer and follows their implementation up;
 * the public reads those of a published program, answers and follow-up included.
 */
@ApplicationScoped
@Transactional
public class RecommendationService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SocialProgramService programs;

    public Recommendation create(long programId, Recommendation form, Long authorityId, Collection<Long> riskIds) {
        Caller caller = currentCaller.get();
        SocialProgram program = programs.load(programId);
        caller.requireSecretariatOf(program.getStateId());
        form.placeIn(program, authority(authorityId), risks(riskIds));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves a recommendation edited in a form (text, due day, authority, risks); refuses if someone saved it meanwhile. */
    public Recommendation update(Recommendation edited, Long authorityId, Collection<Long> riskIds) {
        Caller caller = currentCaller.get();
        Recommendation recommendation = load(edited.getId());
        caller.requireSecretariatOf(recommendation.getStateId());
        ConcurrentChange.check(edited.getVersion(), recommendation.getVersion());
        var before = recommendation.auditSnapshot();
        recommendation.takeFrom(edited);
        recommendation.addressTo(authority(authorityId));
        recommendation.mitigates(risks(riskIds));
        audit.record(caller.username(), "UPDATE", recommendation, before);
        return recommendation;
    }

    /** The decision maker's answer, as the secretariat records it. */
    public void answer(long recommendationId, AnswerKind kind, String text, LocalDate on) {
        Caller caller = currentCaller.get();
        Recommendation recommendation = load(recommendationId);
        caller.requireSecretariatOf(recommendation.getStateId());
        var before = recommendation.auditSnapshot();
        recommendation.answer(kind, text, on, today(recommendation));
        audit.record(caller.username(), "ANSWER", recommendation, before);
    }

    /** The follow-up of the recommendation's implementation. */
    public void followUp(long recommendationId, FollowUpStatus status, String note, LocalDate on) {
        Caller caller = currentCaller.get();
        Recommendation recommendation = load(recommendationId);
        caller.requireSecretariatOf(recommendation.getStateId());
        var before = recommendation.auditSnapshot();
        recommendation.followUp(status, note, on, today(recommendation));
        audit.record(caller.username(), "FOLLOW_UP", recommendation, before);
    }

    /** A recommendation with its program, authority and risks, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Recommendation forSecretariat(long recommendationId) {
        Recommendation recommendation = recommendations("r.id = :id", recommendationId).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        currentCaller.get().requireSecretariatOf(recommendation.getStateId());
        return recommendation;
    }

    /** A program's recommendations, oldest first, for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> ofProgram(long programId) {
        currentCaller.get().requireSecretariatOf(programs.load(programId).getStateId());
        return recommendations("r.program.id = :id", programId);
    }

    /** A published program's recommendations with their answers and follow-up; an unpublished program is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> publicOfProgram(long programId) {
        programs.publicProgram(programId);
        return recommendations("r.program.id = :id", programId);
    }

    /** Every recommendation of a state's programs: all for its secretariat, those of published programs for anybody else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> ofState(long stateId) {
        boolean secretariat = currentCaller.get().runsSecretariatOf(stateId);
        return recommendations("r.stateId = :id" + (secretariat ? "" : " and r.program.published = true"), stateId);
    }

    private List<Recommendation> recommendations(String where, long id) {
        return em.createQuery("select r from Recommendation r join fetch r.program p join fetch p.state join fetch r.authority where "
                        + where + " order by r.answerDueOn, r.id", Recommendation.class)
                .setParameter("id", id)
                .setHint("eclipselink.batch", "r.risks")
                .getResultList();
    }

    private LocalDate today(Recommendation recommendation) {
        return recommendation.getProgram().getState().today(clock);
    }

    private Recommendation load(long id) {
        return Records.found(em.find(Recommendation.class, id));
    }

    private Actor authority(Long id) {
        Actor actor = id == null ? null : em.find(Actor.class, id);
        if (actor == null) {
            throw DomainException.onField("authority", "social.recommendation.authority.required");
        }
        return actor;
    }

    private List<ProgramRisk> risks(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<ProgramRisk> found = em.createQuery("select r from ProgramRisk r where r.id in :ids", ProgramRisk.class)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.stream().distinct().count()) {
            throw DomainException.onField("risks", "social.recommendation.risks.otherProgram");
        }
        return found;
    }
}
