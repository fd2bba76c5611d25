package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.state.State;

/**
 * A state's roadmaps: its secretariat writes them and sets each part's status; the public reads
 * published ones. Each roadmap's {@link RoadmapSummary} is computed from what the reader may see:
 * every program for the secretariat, the published programs for anybody else.
 */
@ApplicationScoped
@Transactional
public class RoadmapService {

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

    @Inject
    private RiskService risks;

    @Inject
    private RecommendationService recommendations;

    public Roadmap create(long stateId, Roadmap form) {
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(stateId);
        form.placeIn(Records.found(em.find(State.class, stateId)));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves a roadmap edited in a form; refuses if someone saved it meanwhile. */
    public Roadmap update(Roadmap edited) {
        Caller caller = currentCaller.get();
        Roadmap roadmap = load(edited.getId());
        caller.requireSecretariatOf(roadmap.getStateId());
        ConcurrentChange.check(edited.getVersion(), roadmap.getVersion());
        var before = roadmap.auditSnapshot();
        roadmap.takeFrom(edited);
        audit.record(caller.username(), "UPDATE", roadmap, before);
        return roadmap;
    }

    public void publish(long roadmapId, boolean published) {
        Caller caller = currentCaller.get();
        Roadmap roadmap = load(roadmapId);
        caller.requireSecretariatOf(roadmap.getStateId());
        var before = roadmap.auditSnapshot();
        roadmap.publish(published);
        audit.record(caller.username(), published ? "PUBLISH" : "UNPUBLISH", roadmap, before);
    }

    /** A state's roadmaps, latest period first: all for its secretariat, the published ones for anybody else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Roadmap> ofState(long stateId) {
        boolean secretariat = currentCaller.get().runsSecretariatOf(stateId);
        return em.createQuery("select r from Roadmap r join fetch r.state where r.state.id = :s"
                        + (secretariat ? "" : " and r.published = true") + " order by r.periodStart desc, r.id desc", Roadmap.class)
                .setParameter("s", stateId)
                .getResultList();
    }

    /** A roadmap its secretariat edits. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Roadmap forSecretariat(long roadmapId) {
        Roadmap roadmap = fetched(roadmapId);
        currentCaller.get().requireSecretariatOf(roadmap.getStateId());
        return roadmap;
    }

    /** A roadmap as anybody reads it: published, or else not found (its secretariat reads it always). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Roadmap publicRoadmap(long roadmapId) {
        Roadmap roadmap = fetched(roadmapId);
        if (!roadmap.isVisibleTo(currentCaller.get())) {
            throw new NotFoundException();
        }
        return roadmap;
    }

    /** What the roadmap's three parts hold, from what the caller may see of the state's programs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoadmapSummary summary(Roadmap roadmap) {
        long stateId = roadmap.getStateId();
        return RoadmapSummary.of(roadmap, (int) programs.countOfState(stateId), risks.ofState(stateId),
                recommendations.ofState(stateId), roadmap.getState().today(clock));
    }

    private Roadmap fetched(long roadmapId) {
        return em.createQuery("select r from Roadmap r join fetch r.state where r.id = :id", Roadmap.class)
                .setParameter("id", roadmapId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Roadmap load(long roadmapId) {
        return Records.found(em.find(Roadmap.class, roadmapId));
    }
}
