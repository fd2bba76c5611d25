package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.actor.Gender;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentStore;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentLinks;
import org.cocrea.file.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.social.Recommendation;

/**
 * Training, accompaniment and co-creation sessions, their attendance, materials and agreements.
 * Everything is the business of the secretariat of the session's state (secretariat or
 * information institute), reads included; the public learns only the safe facts of the sessions
 * behind a public commitment, and which organizations took part in them.
 */
@ApplicationScoped
@Transactional
public class WorkSessionService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private CommitmentLinks links;

    /** A session in the plans's list: how many attended and how many of its agreements are open or overdue. */
    public record WorkSessionRow(WorkSession session, long attendances, long openAgreements, long overdueAgreements)
            implements java.io.Serializable {
    }

    /** A session with everything its page shows, read in a fixed number of queries. */
    public record WorkSessionDetail(WorkSession session, List<Attendance> attendance, AttendanceFigures figures,
                                List<Agreement> agreements, List<Commitment> commitments, List<Attachment> materials)
            implements java.io.Serializable {
    }

    public WorkSession create(long planId, WorkSession form) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        form.placeIn(plan);
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves the details of a session edited in a form; refuses if someone saved them meanwhile. */
    public WorkSession update(WorkSession edited) {
        Caller caller = currentCaller.get();
        WorkSession session = load(edited.getId());
        caller.requireSecretariatOf(session.getStateId());
        ConcurrentChange.check(edited.getVersion(), session.getVersion());
        var before = session.auditSnapshot();
        session.takeDetailsFrom(edited, em.createQuery("select count(g) from Agreement g where g.session.id = :s "
                        + "and g.recommendation is not null", Long.class)
                .setParameter("s", session.getId())
                .getSingleResult() > 0);
        audit.record(caller.username(), "UPDATE", session, before);
        return session;
    }

    public Attendance addAttendance(long sessionId, Long actorId, String attendeeName, Gender gender) {
        Caller caller = currentCaller.get();
        WorkSession session = load(sessionId);
        caller.requireSecretariatOf(session.getStateId());
        var before = session.auditSnapshot();
        Attendance added = session.addAttendance(actorId == null ? null : em.find(Actor.class, actorId), attendeeName, gender);
        em.persist(added);
        audit.record(caller.username(), "ATTENDANCE_ADD", session, before);
        return added;
    }

    public void removeAttendance(long attendanceId) {
        Caller caller = currentCaller.get();
        Attendance attendance = Records.found(em.find(Attendance.class, attendanceId));
        WorkSession session = attendance.getSession();
        caller.requireSecretariatOf(session.getStateId());
        var before = session.auditSnapshot();
        session.removeAttendance(attendanceId);
        audit.record(caller.username(), "ATTENDANCE_REMOVE", session, before);
    }

    /** A material of the session (presentation, attendance sheet, photo…): checked by size and real type. */
    public Attachment addMaterialFile(long sessionId, Upload upload) {
        return attachments.addFile(Records.found(em.find(WorkSession.class, sessionId)), upload, currentCaller.get());
    }

    /** A material the session points to: an http or https address. */
    public Attachment addMaterialLink(long sessionId, String url) {
        return attachments.addLink(Records.found(em.find(WorkSession.class, sessionId)), url, currentCaller.get());
    }

    /** The materials of a session, oldest first, for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> materials(long sessionId) {
        WorkSession session = Records.found(em.find(WorkSession.class, sessionId));
        currentCaller.get().requireSecretariatOf(session.getStateId());
        return attachments.of(session);
    }

    public Agreement addAgreement(long sessionId, String text, Long ownerId, LocalDate dueOn, Long commitmentId) {
        return addAgreement(sessionId, text, ownerId, dueOn, commitmentId, null);
    }

    /**
     * An agreement that may be tied to a recommendation of a social program (a dialogue with decision
     * makers only, and a recommendation of the session's state: refusals on "agreementRecommendation").
     */
    public Agreement addAgreement(long sessionId, String text, Long ownerId, LocalDate dueOn, Long commitmentId, Long recommendationId) {
        Caller caller = currentCaller.get();
        WorkSession session = load(sessionId);
        caller.requireSecretariatOf(session.getStateId());
        Actor owner = ownerId == null ? null : em.find(Actor.class, ownerId);
        Commitment commitment = commitmentId == null ? null : Records.found(em.find(Commitment.class, commitmentId));
        Recommendation recommendation = recommendationId == null ? null : em.find(Recommendation.class, recommendationId);
        if (recommendationId != null && recommendation == null) {
            throw DomainException.onField("agreementRecommendation", "agreement.recommendation.otherState");
        }
        Agreement agreement = new Agreement(session, text, owner, dueOn, commitment, recommendation);
        em.persist(agreement);
        audit.record(caller.username(), "CREATE", agreement, null);
        return agreement;
    }

    public void markDone(long agreementId, String note) {
        Caller caller = currentCaller.get();
        Agreement agreement = loadAgreement(agreementId);
        caller.requireSecretariatOf(agreement.getStateId());
        var before = agreement.auditSnapshot();
        agreement.markDone(note, caller.username(), agreement.getSession().getPlan().today(clock));
        audit.record(caller.username(), "AGREEMENT_DONE", agreement, before);
    }

    public void reopen(long agreementId) {
        Caller caller = currentCaller.get();
        Agreement agreement = loadAgreement(agreementId);
        caller.requireSecretariatOf(agreement.getStateId());
        var before = agreement.auditSnapshot();
        agreement.reopen();
        audit.record(caller.username(), "AGREEMENT_REOPEN", agreement, before);
    }

    /** Records that the session worked on a commitment of its plan (refusals on the field "commitmentToLink"). */
    public void linkCommitment(long sessionId, Long commitmentId) {
        links.link(load(sessionId), commitmentId, currentCaller.get(), "SESSION_LINK");
    }

    public void unlinkCommitment(long sessionId, long commitmentId) {
        links.unlink(load(sessionId), commitmentId, currentCaller.get(), "SESSION_UNLINK");
    }

    /**
     * The sessions of a plan, latest first, with their attendance and open and overdue agreements
     * counted: three queries whatever the number of sessions.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkSessionRow> ofPlan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        List<WorkSession> sessions = em.createQuery("select s from WorkSession s where s.plan.id = :p "
                        + "order by s.heldOn desc, s.startTime desc, s.id desc", WorkSession.class)
                .setParameter("p", planId)
                .getResultList();
        Map<Long, Long> attendances = new HashMap<>();
        for (Object[] row : em.createQuery("select a.session.id, count(a) from Attendance a where a.session.plan.id = :p "
                        + "group by a.session.id", Object[].class)
                .setParameter("p", planId)
                .getResultList()) {
            attendances.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, long[]> open = new HashMap<>();
        for (Object[] row : em.createQuery("select g.session.id, count(g), "
                        + "sum(case when g.dueOn < :today then 1 else 0 end) from Agreement g "
                        + "where g.session.plan.id = :p and g.doneOn is null group by g.session.id", Object[].class)
                .setParameter("p", planId)
                .setParameter("today", plan.today(clock))
                .getResultList()) {
            open.put((Long) row[0], new long[] {((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return sessions.stream()
                .map(s -> {
                    long[] agreements = open.getOrDefault(s.getId(), new long[2]);
                    return new WorkSessionRow(s, attendances.getOrDefault(s.getId(), 0L), agreements[0], agreements[1]);
                })
                .toList();
    }

    /** A session with its attendance (and the organizations), agreements and commitments, for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkSessionDetail forSecretariat(long sessionId) {
        WorkSession session = em.createQuery("select s from WorkSession s join fetch s.plan where s.id = :id", WorkSession.class)
                .setParameter("id", sessionId)
                .setHint("eclipselink.left-join-fetch", "s.attendance.actor")
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        currentCaller.get().requireSecretariatOf(session.getStateId());
        List<Agreement> agreements = em.createQuery("select g from Agreement g join fetch g.owner left join fetch g.commitment "
                        + "left join fetch g.recommendation r left join fetch r.program where g.session.id = :s order by g.dueOn, g.id",
                        Agreement.class)
                .setParameter("s", sessionId)
                .getResultList();
        List<Commitment> commitments = em.createQuery("select c from WorkSession s join s.commitments c where s.id = :s "
                        + "order by c.id", Commitment.class)
                .setParameter("s", sessionId)
                .getResultList();
        return new WorkSessionDetail(session, session.attendanceByActor(), session.figures(),
                followUpOrder(agreements, session.getPlan().today(clock)), commitments, attachments.of(session));
    }

    /** A session's details alone (for an edit form), for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkSession sessionForSecretariat(long sessionId) {
        WorkSession session = load(sessionId);
        currentCaller.get().requireSecretariatOf(session.getStateId());
        return session;
    }

    /** Every agreement of a plan, for follow-up: overdue first, then open, then done; by due date within each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agreement> agreementsOfPlan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        List<Agreement> agreements = em.createQuery("select g from Agreement g join fetch g.session s join fetch g.owner "
                        + "left join fetch g.commitment left join fetch g.recommendation where s.plan.id = :p", Agreement.class)
                .setParameter("p", planId)
                .getResultList();
        return followUpOrder(agreements, plan.today(clock));
    }

    /** The sessions an organization attended, latest first: for the secretariat of its state (the actor map). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkSession> attendedBy(long actorId) {
        Actor actor = Records.found(em.find(Actor.class, actorId));
        currentCaller.get().requireSecretariatOf(actor.getState().getId());
        return em.createQuery("select distinct s from WorkSession s join s.attendance a where a.actor.id = :a "
                        + "order by s.heldOn desc, s.id desc", WorkSession.class)
                .setParameter("a", actorId)
                .getResultList();
    }

    /** How many sessions each organization of a state attended (actor id → sessions), in one query: for the actor map. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> sessionsAttendedByActor(long stateId) {
        currentCaller.get().requireSecretariatOf(stateId);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select a.actor.id, count(distinct a.session.id) from Attendance a "
                        + "where a.session.stateId = :s group by a.actor.id", Object[].class)
                .setParameter("s", stateId)
                .getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * The sessions a commitment came from, oldest first. Its secretariat gets the sessions
     * themselves; anybody else, only when the commitment is public, their public facts (kind,
     * mode, title, date, topics: see {@link WorkSession#publicFacts()}); otherwise nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkSession> ofCommitment(long commitmentId) {
        return links.origins(commitmentId, currentCaller.get(), id -> em.createQuery("select s from WorkSession s "
                        + "join s.commitments c where c.id = :c order by s.heldOn, s.id", WorkSession.class)
                .setParameter("c", id)
                .getResultList(), WorkSession::publicFacts);
    }

    /**
     * The organizations that attended the sessions a commitment came from: names and types only,
     * never who came for them. The same visibility as {@link #ofCommitment(long)}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Participant> participantsOfCommitment(long commitmentId) {
        if (links.audience(commitmentId, currentCaller.get()) == CommitmentLinks.Audience.NOBODY) {
            return List.of();
        }
        return em.createQuery("select distinct new org.cocrea.worksession.Participant(r.id, r.name, r.type) "
                        + "from WorkSession s join s.commitments c join s.attendance a join a.actor r "
                        + "where c.id = :c and r.kind = :organization", Participant.class)
                .setParameter("c", commitmentId)
                // people who take part on their own are not named: the public learns which organizations took part
                .setParameter("organization", org.cocrea.actor.ActorKind.ORGANIZATION)
                .getResultList()
                .stream()
                .sorted(Participant.ORDER)
                .toList();
    }

    /** The agreements that led to a commitment, for its secretariat, in follow-up order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agreement> agreementsOfCommitment(long commitmentId) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        currentCaller.get().requireSecretariatOf(commitment.getStateId());
        List<Agreement> agreements = em.createQuery("select g from Agreement g join fetch g.session join fetch g.owner "
                        + "where g.commitment.id = :c", Agreement.class)
                .setParameter("c", commitmentId)
                .getResultList();
        return followUpOrder(agreements, commitment.getPlan().today(clock));
    }

    /** Overdue first, then open, then done; by due date, then by id, within each. */
    static List<Agreement> followUpOrder(List<Agreement> agreements, LocalDate today) {
        return agreements.stream()
                .sorted(Comparator.comparingInt((Agreement g) -> g.followUpRank(today))
                        .thenComparing(Agreement::getDueOn)
                        .thenComparing(g -> g.getId() == null ? Long.MAX_VALUE : g.getId()))
                .toList();
    }

    /** A session with its attendance and their organizations: what its audit snapshot shows. */
    private WorkSession load(long sessionId) {
        return em.createQuery("select s from WorkSession s where s.id = :id", WorkSession.class)
                .setParameter("id", sessionId)
                .setHint("eclipselink.left-join-fetch", "s.attendance.actor")
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Agreement loadAgreement(long agreementId) {
        return Records.found(em.find(Agreement.class, agreementId));
    }
}
