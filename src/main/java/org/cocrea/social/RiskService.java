package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Corruption risks of social programs and their monitoring history: the secretariat of the
 * program's state identifies, edits and reviews them; the public reads {@link RiskSummary summaries}
 * of a published program's risks and the heat maps.
 */
@ApplicationScoped
@Transactional
public class RiskService {

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

    /** A new risk of a program found at the given level (refusals beside "likelihood", "impact", "identifiedOn", …). */
    public ProgramRisk identify(long programId, ProgramRisk form, Integer likelihood, Integer impact) {
        Caller caller = currentCaller.get();
        SocialProgram program = programs.load(programId);
        caller.requireSecretariatOf(program.getStateId());
        form.identify(program, likelihood, impact, program.getState().today(clock));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves a risk edited in a form; refuses if someone saved it meanwhile. */
    public ProgramRisk update(ProgramRisk edited) {
        Caller caller = currentCaller.get();
        ProgramRisk risk = load(edited.getId());
        caller.requireSecretariatOf(risk.getStateId());
        ConcurrentChange.check(edited.getVersion(), risk.getVersion());
        var before = risk.auditSnapshot();
        risk.takeFrom(edited);
        audit.record(caller.username(), "UPDATE", risk, before);
        return risk;
    }

    /** A review in the risk's monitoring history, dated in the program's state calendar. */
    public RiskReview review(long riskId, LocalDate on, Integer likelihood, Integer impact, String whatChanged) {
        Caller caller = currentCaller.get();
        ProgramRisk risk = load(riskId);
        caller.requireSecretariatOf(risk.getStateId());
        var before = risk.auditSnapshot();
        RiskReview review = risk.review(on, likelihood, impact, whatChanged, caller.username(),
                risk.getProgram().getState().today(clock));
        em.persist(review);
        audit.record(caller.username(), "REVIEW", risk, before);
        return review;
    }

    /** The risks of a program with their reviews, by dimension, for its secretariat: two queries whatever their number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramRisk> ofProgram(long programId) {
        currentCaller.get().requireSecretariatOf(programs.load(programId).getStateId());
        return risks("r.program.id = :id", programId);
    }

    /** A risk with its program and reviews, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramRisk forSecretariat(long riskId) {
        ProgramRisk risk = risks("r.id = :id", riskId).stream().findFirst().orElseThrow(NotFoundException::new);
        currentCaller.get().requireSecretariatOf(risk.getStateId());
        return risk;
    }

    /** What the public reads of a published program's risks; an unpublished program is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskSummary> publicOfProgram(long programId) {
        programs.publicProgram(programId);
        return risks("r.program.id = :id", programId).stream().map(RiskSummary::of).toList();
    }

    /**
     * The risks of a state's programs as summaries, for the state's heat map: the published programs'
     * for anybody; every program's for its secretariat.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskSummary> ofState(long stateId) {
        boolean secretariat = currentCaller.get().runsSecretariatOf(stateId);
        return risks("r.stateId = :id" + (secretariat ? "" : " and r.program.published = true"), stateId).stream()
                .map(RiskSummary::of).toList();
    }

    private List<ProgramRisk> risks(String where, long id) {
        return em.createQuery("select r from ProgramRisk r join fetch r.program where " + where
                        + " order by r.dimension, r.id", ProgramRisk.class)
                .setParameter("id", id)
                .setHint("eclipselink.batch", "r.reviews")
                .getResultList();
    }

    private ProgramRisk load(long riskId) {
        return Records.found(em.find(ProgramRisk.class, riskId));
    }
}
