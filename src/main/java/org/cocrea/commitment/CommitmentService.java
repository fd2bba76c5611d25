package org.cocrea.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.account.Caller;
import org.cocrea.account.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditEntry;
import org.cocrea.audit.AuditTrail;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/** Commitments: the secretariat of the plan's state writes and publishes them; the public reads published ones. */
@ApplicationScoped
@Transactional
public class CommitmentService {

    private static final String FULL_GRAPH = "select distinct c from Commitment c join fetch c.plan p join fetch p.state "
            + "left join fetch c.leadInstitution left join fetch c.coResponsibles left join fetch c.budgetLines ";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    public Commitment create(long planId, Commitment form, Long leadInstitutionId, Collection<Long> coResponsibleIds) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        form.placeIn(plan);
        form.setLeadInstitution(actor(leadInstitutionId));
        form.setCoResponsibles(actors(coResponsibleIds));
        form.checkConsistency();
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves the template of a commitment edited in a form; refuses if someone saved it meanwhile. */
    public Commitment update(Commitment edited, Long leadInstitutionId, Collection<Long> coResponsibleIds) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(edited.getId());
        caller.requireSecretariatOf(commitment.getStateId());
        ConcurrentChange.check(edited.getVersion(), commitment.getVersion());
        var before = commitment.auditSnapshot();
        commitment.takeTemplateFrom(edited);
        commitment.setLeadInstitution(actor(leadInstitutionId));
        commitment.setCoResponsibles(actors(coResponsibleIds));
        commitment.checkConsistency();
        audit.record(caller.username(), "UPDATE", commitment, before);
        return commitment;
    }

    public void putBudget(long commitmentId, Integer fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
            throw DomainException.onField("fiscalYear", "budget.year.invalid");
        }
        var before = commitment.auditSnapshot();
        commitment.putBudget(fiscalYear, approved, modified, spent);
        audit.record(caller.username(), "BUDGET", commitment, before);
    }

    public void removeBudget(long commitmentId, int fiscalYear) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        var before = commitment.auditSnapshot();
        commitment.removeBudget(fiscalYear);
        audit.record(caller.username(), "BUDGET", commitment, before);
    }

    public void publish(long commitmentId) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        var before = commitment.auditSnapshot();
        commitment.publish();
        audit.record(caller.username(), "PUBLISH", commitment, before);
    }

    /** The audit trail of a commitment (and its milestones, reports, evidence), newest first: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditTrail(long commitmentId, int first, int max) {
        currentCaller.get().requireSecretariatOf(load(commitmentId).getStateId());
        return audit.forCommitment(commitmentId, first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long auditTrailSize(long commitmentId) {
        currentCaller.get().requireSecretariatOf(load(commitmentId).getStateId());
        return audit.countForCommitment(commitmentId);
    }

    /** A commitment with everything its editing page shows, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment forSecretariat(long commitmentId) {
        Commitment commitment = fullGraph(commitmentId);
        currentCaller.get().requireSecretariatOf(commitment.getStateId());
        return commitment;
    }

    /** A commitment the public may see: published, in a published plan. Anything else is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment published(long commitmentId) {
        Commitment commitment = fullGraph(commitmentId);
        if (!commitment.isPublic()) {
            throw new NotFoundException();
        }
        return commitment;
    }

    /** The commitments of a plan for its secretariat, drafts included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> ofPlanForSecretariat(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return ofPlan(planId, false);
    }

    /** The published commitments of a published plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> publishedOfPlan(long planId) {
        return ofPlan(planId, true);
    }

    private List<Commitment> ofPlan(long planId, boolean publishedOnly) {
        var query = em.createQuery("select distinct c from Commitment c left join fetch c.leadInstitution "
                        + "where c.plan.id = :p" + (publishedOnly ? " and c.status = :published" : "")
                        + " order by c.id", Commitment.class)
                .setParameter("p", planId);
        if (publishedOnly) {
            query.setParameter("published", CommitmentStatus.PUBLISHED);
        }
        return query.getResultList();
    }

    private Commitment fullGraph(long commitmentId) {
        return em.createQuery(FULL_GRAPH + "where c.id = :id", Commitment.class)
                .setParameter("id", commitmentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Commitment load(long commitmentId) {
        return Records.found(em.find(Commitment.class, commitmentId));
    }

    private Actor actor(Long id) {
        return id == null ? null : em.find(Actor.class, id);
    }

    private Set<Actor> actors(Collection<Long> ids) {
        Set<Actor> actors = new HashSet<>();
        if (ids != null) {
            ids.stream().map(this::actor).filter(java.util.Objects::nonNull).forEach(actors::add);
        }
        return actors;
    }
}
