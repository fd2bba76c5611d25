package org.cocrea.priority;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentStore;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentLinks;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.file.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Priorities of a plan: the secretariat of the plan's state proposes them, attaches evidence,
 * scores them (each member for itself), and turns them into commitment drafts. The public sees a
 * priority only as the origin of a public commitment, and then only its title, description and
 * proposing actor.
 */
@ApplicationScoped
@Transactional
public class PriorityService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private MemberScores scores;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private CommitmentService commitments;

    @Inject
    private CommitmentLinks links;


    /** One row of the ranking: the priority, its place, the caller's own score and how many commitments came of it. */
    public record Ranked(Priority priority, Ranking.Place place, Integer myScore, long linkedCommitments) implements Serializable {

        public Integer rank() {
            return place.rank();
        }

        public BigDecimal mean() {
            return place.mean();
        }

        public int count() {
            return place.count();
        }

        public boolean scored() {
            return place.scored();
        }
    }

    public Priority create(long planId, Priority form, Long proposedById) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        form.placeIn(plan);
        form.proposedBy(actor(proposedById));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves a priority edited in a form; refuses if someone saved it meanwhile. */
    public Priority update(Priority edited, Long proposedById) {
        Caller caller = currentCaller.get();
        Priority priority = load(edited.getId());
        caller.requireSecretariatOf(priority.getStateId());
        ConcurrentChange.check(edited.getVersion(), priority.getVersion());
        var before = priority.auditSnapshot();
        priority.takeFrom(edited);
        priority.proposedBy(actor(proposedById));
        audit.record(caller.username(), "UPDATE", priority, before);
        return priority;
    }

    /** The caller's own score (1–5) of a priority: a first score, or a change of the one given before. */
    public PriorityScore score(long priorityId, Integer score) {
        Caller caller = currentCaller.get();
        Priority priority = load(priorityId);
        caller.requireSecretariatOf(priority.getStateId());
        return scores.record(caller, PriorityScore.class, "priority", priorityId, score,
                (account, given, now) -> new PriorityScore(priority, account, given, now));
    }

    /** Evidence: a checked file (refusals on the field "file"), for the secretariat of the priority's state. */
    public Attachment addFile(long priorityId, Upload upload) {
        return attachments.addFile(load(priorityId), upload, currentCaller.get());
    }

    /** Evidence: an http(s) link (refusals on the field "link"), for the secretariat of the priority's state. */
    public Attachment addLink(long priorityId, String url) {
        return attachments.addLink(load(priorityId), url, currentCaller.get());
    }

    /**
     * Turns a priority into a new commitment draft of the same plan, with the given title and the
     * priority's description as its problem, and links the two.
     */
    public Commitment draftCommitment(long priorityId, String title) {
        Caller caller = currentCaller.get();
        Priority priority = load(priorityId);
        caller.requireSecretariatOf(priority.getStateId());
        if (title == null || title.isBlank()) {
            throw DomainException.onField("draftTitle", "priorities.draft.titleRequired");
        }
        if (title.strip().length() > 300) {
            throw DomainException.onField("draftTitle", "priorities.draft.titleTooLong");
        }
        Commitment form = Commitment.blank();
        form.getTemplate().setTitle(title.strip());
        form.getTemplate().setProblem(priority.getDescription());
        Commitment draft = commitments.create(priority.getPlan().getId(), form, null, List.of());
        var before = priority.auditSnapshot();
        priority.link(draft);
        audit.record(caller.username(), "LINK", priority, before);
        return draft;
    }

    /** Links an existing commitment of the same plan (refusals on the field "commitmentId"). */
    public void link(long priorityId, Long commitmentId) {
        links.link(load(priorityId), commitmentId, currentCaller.get(), "LINK");
    }

    public void unlink(long priorityId, long commitmentId) {
        links.unlink(load(priorityId), commitmentId, currentCaller.get(), "UNLINK");
    }

    /** How many priorities a plan has: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfPlan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return em.createQuery("select count(p) from Priority p where p.plan.id = :plan", Long.class)
                .setParameter("plan", planId)
                .getSingleResult();
    }

    /**
     * The plan's priorities in ranking order, for its secretariat: the priorities (with their
     * proposers), all their scores and the link counts, in three queries whatever their number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ranked> ranking(long planId) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        List<Priority> priorities = em.createQuery("select p from Priority p left join fetch p.proposedBy "
                        + "where p.plan.id = :plan order by p.createdAt, p.id", Priority.class)
                .setParameter("plan", planId)
                .getResultList();
        Map<Long, List<Integer>> scores = new HashMap<>();
        Map<Long, Integer> mine = new HashMap<>();
        for (Object[] row : em.createQuery("select s.priority.id, s.account.id, s.score from PriorityScore s "
                        + "where s.priority.plan.id = :plan", Object[].class)
                .setParameter("plan", planId)
                .getResultList()) {
            Long priorityId = (Long) row[0];
            int score = ((Number) row[2]).intValue();
            scores.computeIfAbsent(priorityId, k -> new ArrayList<>()).add(score);
            if (row[1].equals(caller.accountId())) {
                mine.put(priorityId, score);
            }
        }
        Map<Long, Long> links = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, count(c) from Priority p join p.commitments c "
                        + "where p.plan.id = :plan group by p.id", Object[].class)
                .setParameter("plan", planId)
                .getResultList()) {
            links.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, Priority> byId = priorities.stream().collect(Collectors.toMap(Priority::getId, Function.identity()));
        List<Ranking.Candidate> candidates = priorities.stream()
                .map(p -> new Ranking.Candidate(p.getId(), p.getCreatedAt(), scores.getOrDefault(p.getId(), List.of())))
                .toList();
        return Ranking.of(candidates).stream()
                .map(place -> new Ranked(byId.get(place.priorityId()), place, mine.get(place.priorityId()),
                        links.getOrDefault(place.priorityId(), 0L)))
                .toList();
    }

    /** A priority with its proposer, plan and linked commitments, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Priority forSecretariat(long priorityId) {
        Priority priority = em.createQuery("select p from Priority p join fetch p.plan left join fetch p.proposedBy "
                        + "where p.id = :id", Priority.class)
                .setParameter("id", priorityId)
                .setHint("eclipselink.left-join-fetch", "p.commitments")
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        currentCaller.get().requireSecretariatOf(priority.getStateId());
        return priority;
    }

    /** The scores of a priority by member (who, score, when), highest first: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PriorityScore> scores(long priorityId) {
        currentCaller.get().requireSecretariatOf(load(priorityId).getStateId());
        return em.createQuery("select s from PriorityScore s join fetch s.account where s.priority.id = :p "
                        + "order by s.score desc, s.scoredAt", PriorityScore.class)
                .setParameter("p", priorityId)
                .getResultList();
    }

    /** The evidence of a priority: for its secretariat only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> evidence(long priorityId) {
        Priority priority = load(priorityId);
        currentCaller.get().requireSecretariatOf(priority.getStateId());
        return attachments.of(priority);
    }

    /**
     * The priorities a commitment came from, oldest first. Its secretariat gets them whole; anybody
     * else gets them only when the commitment is public, and then as {@link Priority#publicCopy()
     * copies} holding the title, description and proposing actor alone; otherwise nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Priority> ofCommitment(long commitmentId) {
        return links.origins(commitmentId, currentCaller.get(), id -> em.createQuery("select p from Priority p "
                        + "join p.commitments c left join fetch p.proposedBy where c.id = :c order by p.createdAt, p.id", Priority.class)
                .setParameter("c", id)
                .getResultList(), Priority::publicCopy);
    }

    /** The priorities an actor proposed, for the secretariat of the actor's state; nobody else gets any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Priority> proposedBy(long actorId) {
        Actor actor = Records.found(em.find(Actor.class, actorId));
        if (!currentCaller.get().runsSecretariatOf(actor.getState().getId())) {
            return List.of();
        }
        return em.createQuery("select p from Priority p join fetch p.plan where p.proposedBy.id = :a "
                        + "order by p.createdAt desc, p.id desc", Priority.class)
                .setParameter("a", actorId)
                .getResultList();
    }

    private Priority load(long priorityId) {
        return Records.found(em.find(Priority.class, priorityId));
    }

    private Actor actor(Long id) {
        if (id == null) {
            return null;
        }
        Actor actor = em.find(Actor.class, id);
        if (actor == null) {
            throw DomainException.onField("proposedBy", "priorities.proposer.otherState");
        }
        return actor;
    }
}
