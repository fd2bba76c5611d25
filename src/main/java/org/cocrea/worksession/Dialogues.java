package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.ActorKind;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Recommendation;
import org.cocrea.social.Roadmap;
import org.cocrea.social.RoadmapService;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;

/**
 * Dialogues with decision makers as the social programs show them: the sessions of kind
 * {@link WorkSessionKind#DIALOGUE} whose agreements are tied to recommendations, with the authorities
 * that attended. The secretariat of the state reads them all (on a recommendation's page); anybody
 * else reads a dialogue only through the recommendations of a published program, and then only its
 * public facts (see {@link WorkSession#publicFacts()}), the organizations that attended (never who came
 * for them, never a person on their own) and the agreements tied to those recommendations. Each list
 * is read in two queries whatever its length.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Dialogues {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SocialProgramService programs;

    @Inject
    private RoadmapService roadmaps;

    /** One agreement of a dialogue, tied to a recommendation; the owner is null where the reader may not know it. */
    public record Item(long agreementId, String text, String owner, LocalDate dueOn, LocalDate doneOn,
                       long recommendationId, String recommendation, String program) implements Serializable {
        public boolean isDone() {
            return doneOn != null;
        }
    }

    /** A dialogue: the session (or its public facts), the authorities that attended, and its agreements tied to recommendations. */
    public record Dialogue(WorkSession session, List<String> authorities, List<Item> agreements) implements Serializable {
    }

    /** The dialogues about a recommendation, oldest first, for the secretariat of its state. */
    public List<Dialogue> ofRecommendation(long recommendationId) {
        Recommendation recommendation = em.find(Recommendation.class, recommendationId);
        if (recommendation == null) {
            throw new NotFoundException();
        }
        currentCaller.get().requireSecretariatOf(recommendation.getStateId());
        return dialogues("r.id = :id", recommendationId, null, true);
    }

    /** The dialogues about a program's recommendations: a published program for anybody, any for its secretariat. */
    public List<Dialogue> publicOfProgram(long programId) {
        SocialProgram program = programs.publicProgram(programId);
        return dialogues("p.id = :id", programId, null, currentCaller.get().runsSecretariatOf(program.getStateId()));
    }

    /**
     * The dialogues held within a roadmap's period about the state's programs: those of published
     * programs for anybody who may read the roadmap, all for its secretariat.
     */
    public List<Dialogue> ofRoadmap(long roadmapId) {
        Roadmap roadmap = roadmaps.publicRoadmap(roadmapId);
        Caller caller = currentCaller.get();
        boolean secretariat = caller.runsSecretariatOf(roadmap.getStateId());
        return dialogues("s.stateId = :id and s.heldOn between :from and :to", roadmap.getStateId(),
                Map.of("from", roadmap.getPeriodStart(), "to", roadmap.getPeriodEnd()), secretariat);
    }

    private List<Dialogue> dialogues(String where, long id, Map<String, Object> more, boolean secretariat) {
        var query = em.createQuery("select g from Agreement g join fetch g.session s join fetch g.owner "
                        + "join fetch g.recommendation r join fetch r.program p where " + where
                        + (secretariat ? "" : " and p.published = true")
                        + " order by s.heldOn, s.id, g.dueOn, g.id", Agreement.class)
                .setParameter("id", id);
        if (more != null) {
            more.forEach(query::setParameter);
        }
        List<Agreement> agreements = query.getResultList();
        if (agreements.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> authorities = new HashMap<>();
        for (Object[] row : em.createQuery("select a.session.id, r.name, r.kind from Attendance a join a.actor r "
                        + "where a.session.id in :ids order by r.name", Object[].class)
                .setParameter("ids", agreements.stream().map(g -> g.getSession().getId()).distinct().toList())
                .getResultList()) {
            if (secretariat || row[2] == ActorKind.ORGANIZATION) {
                List<String> names = authorities.computeIfAbsent((Long) row[0], k -> new ArrayList<>());
                if (!names.contains((String) row[1])) {
                    names.add((String) row[1]);
                }
            }
        }
        Map<Long, Dialogue> bySession = new LinkedHashMap<>();
        for (Agreement g : agreements) {
            WorkSession session = g.getSession();
            Dialogue dialogue = bySession.computeIfAbsent(session.getId(), k -> new Dialogue(
                    secretariat ? session : session.publicFacts(), authorities.getOrDefault(k, List.of()), new ArrayList<>()));
            boolean ownerNamed = secretariat || g.getOwner().getKind() == ActorKind.ORGANIZATION;
            Recommendation r = g.getRecommendation();
            dialogue.agreements().add(new Item(g.getId(), g.getText(), ownerNamed ? g.getOwner().getName() : null, g.getDueOn(),
                    g.getDoneOn(), r.getId(), r.getWhat(), r.getProgram().getName()));
        }
        return List.copyOf(bySession.values());
    }
}
