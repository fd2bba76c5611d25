package org.cocrea.systematization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditTrail;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Lessons of a plan (phase 6). The secretariat of the plan's state writes, edits, accepts and
 * declines them; a responsible actor proposes one about a milestone it answers for and reads its
 * own proposals; the public reads the accepted public lessons of a published plan. Every link is
 * checked against the lesson's own plan: a record of another plan or state is refused as unknown.
 */
@ApplicationScoped
@Transactional
public class LessonService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private MilestoneService milestones;

    @Inject
    private PlanService plans;

    @Inject
    private Clock clock;

    /** A lesson written by the plan's secretariat, accepted at once; links as a form sends them ({@code KIND:id}). */
    public Lesson create(long planId, Lesson form, Collection<String> linkKeys) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        form.linkTo(checkedLinks(planId, linkKeys));
        form.writeIn(plan, caller.username(), plan.today(clock));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        plans.tickFromRecords(planId, Phase.SYSTEMATIZATION, "LESSONS_RECORDED");
        return form;
    }

    /** Saves a lesson edited in a form; refuses if someone saved it meanwhile. */
    public Lesson update(Lesson edited, Collection<String> linkKeys) {
        Caller caller = currentCaller.get();
        Lesson lesson = load(edited.getId());
        caller.requireSecretariatOf(lesson.getStateId());
        ConcurrentChange.check(edited.getVersion(), lesson.getVersion());
        var before = lesson.auditSnapshot();
        lesson.linkTo(checkedLinks(lesson.getPlan().getId(), linkKeys));
        lesson.takeFrom(edited, lesson.getPlan().today(clock));
        audit.record(caller.username(), "UPDATE", lesson, before);
        return lesson;
    }

    /**
     * A responsible actor proposes a lesson about a milestone it answers for (and reports on): the
     * milestone is linked, the lesson is internal until the secretariat accepts it. A milestone the
     * caller may not report on is not found.
     */
    public Lesson propose(long milestoneId, Lesson form) {
        Caller caller = currentCaller.get();
        Milestone milestone = forProposal(milestoneId, caller);
        ActionPlan plan = milestone.getCommitment().getPlan();
        form.linkTo(List.of(new LessonLink(LinkKind.MILESTONE, milestoneId)));
        form.proposeIn(plan, caller.username(), em.find(Actor.class, caller.actorId()), plan.today(clock));
        em.persist(form);
        audit.record(caller.username(), "PROPOSE", form, null);
        return form;
    }

    /** A milestone as the proposal page shows it: one the caller's organization answers for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone milestoneForProposal(long milestoneId) {
        return forProposal(milestoneId, currentCaller.get());
    }

    private Milestone forProposal(long milestoneId, Caller caller) {
        Milestone milestone;
        try {
            milestone = milestones.forReporter(milestoneId);
        } catch (AccessDeniedException e) {
            throw new NotFoundException();
        }
        if (caller.actorId() == null || caller.runsSecretariatOf(milestone.getCommitment().getStateId())) {
            throw new NotFoundException(); // the secretariat writes lessons itself
        }
        return milestone;
    }

    public void accept(long lessonId, boolean visibleToPublic) {
        Caller caller = currentCaller.get();
        Lesson lesson = load(lessonId);
        caller.requireSecretariatOf(lesson.getStateId());
        var before = lesson.auditSnapshot();
        lesson.accept(visibleToPublic, caller.username(), clock.instant());
        audit.record(caller.username(), "ACCEPT", lesson, before);
        plans.tickFromRecords(lesson.getPlan().getId(), Phase.SYSTEMATIZATION, "LESSONS_RECORDED");
    }

    public void decline(long lessonId, String reason) {
        Caller caller = currentCaller.get();
        Lesson lesson = load(lessonId);
        caller.requireSecretariatOf(lesson.getStateId());
        var before = lesson.auditSnapshot();
        lesson.decline(reason, caller.username(), clock.instant());
        audit.record(caller.username(), "DECLINE", lesson, before);
    }

    /** A lesson with its plan, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Lesson forSecretariat(long lessonId) {
        Lesson lesson = em.createQuery("select l from Lesson l join fetch l.plan left join fetch l.proposedBy where l.id = :id",
                        Lesson.class)
                .setParameter("id", lessonId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        currentCaller.get().requireSecretariatOf(lesson.getStateId());
        return lesson;
    }

    /** Every lesson of a plan, proposals and declined ones included, by phase and date: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Lesson> ofPlan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return lessons("l.plan.id = :plan", planId);
    }

    /** The accepted public lessons of a published plan, for anybody; none of a plan in draft. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Lesson> publicOfPlan(long planId) {
        ActionPlan plan = em.find(ActionPlan.class, planId);
        if (plan == null || !plan.isPublished()) {
            return List.of();
        }
        return lessons("l.plan.id = :plan and l.status = org.cocrea.systematization.LessonStatus.ACCEPTED "
                + "and l.visibleToPublic = true", planId);
    }

    /** The lessons the caller's organization proposed, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Lesson> myProposals() {
        Caller caller = currentCaller.get();
        if (caller.actorId() == null) {
            return List.of();
        }
        return em.createQuery("select l from Lesson l join fetch l.plan where l.proposedBy.id = :actor and l.stateId = :state "
                        + "order by l.createdAt desc, l.id desc", Lesson.class)
                .setParameter("actor", caller.actorId())
                .setParameter("state", caller.stateId())
                .setHint("eclipselink.batch", "l.links")
                .setHint("eclipselink.batch", "l.sources")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The records of a plan a lesson may be about, for its secretariat (one query per kind). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LinkTargets targetsOf(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(plan.getState().getId());
        return targets(planId);
    }

    /**
     * The titles of the public lessons' links that the public may read: published commitments by
     * their published title and the titles of milestones of public commitments; other kinds are
     * shown by kind alone.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<LessonLink, String> publicTitles(long planId) {
        Map<LessonLink, String> titles = new java.util.HashMap<>();
        em.createQuery("select c.id, c.publishedTitle from Commitment c where c.plan.id = :plan and "
                        + org.cocrea.commitment.Commitment.publicWhere("c"), Object[].class)
                .setParameter("plan", planId)
                .getResultList()
                .forEach(row -> titles.put(new LessonLink(LinkKind.COMMITMENT, (Long) row[0]), (String) row[1]));
        return titles;
    }

    LinkTargets targets(long planId) {
        Map<LinkKind, List<LinkTargets.Target>> byKind = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : LinkKind.values()) {
            List<LinkTargets.Target> targets = new ArrayList<>();
            for (Object[] row : em.createQuery(kind.ofPlanQuery(), Object[].class).setParameter("plan", planId).getResultList()) {
                targets.add(new LinkTargets.Target(new LessonLink(kind, (Long) row[0]), (String) row[1]));
            }
            byKind.put(kind, targets);
        }
        return new LinkTargets(byKind);
    }

    private Set<LessonLink> checkedLinks(long planId, Collection<String> keys) {
        Set<LessonLink> links = new LinkedHashSet<>();
        if (keys == null || keys.isEmpty()) {
            return links;
        }
        LinkTargets targets = targets(planId);
        for (String key : keys) {
            LessonLink link = LessonLink.parse(key);
            if (!targets.contains(link)) {
                throw DomainException.onField("links", "lessons.link.unknown");
            }
            links.add(link);
        }
        return links;
    }

    private List<Lesson> lessons(String where, long planId) {
        return em.createQuery("select l from Lesson l left join fetch l.proposedBy where " + where
                        + " order by l.learnedOn, l.id", Lesson.class)
                .setParameter("plan", planId)
                .setHint("eclipselink.batch", "l.links")
                .setHint("eclipselink.batch", "l.sources")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .sorted(java.util.Comparator.comparing(Lesson::getPhase))
                .toList();
    }

    private Lesson load(long lessonId) {
        return Records.found(em.find(Lesson.class, lessonId));
    }
}
