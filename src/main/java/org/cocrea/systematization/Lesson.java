package org.cocrea.systematization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.shared.Caller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * A lesson of a plan (aprendizaje, phase 6): in one phase, what was tried, what happened and what
 * was changed (or will be), who took part and when; the sources of adaptive learning it drew on
 * (naming the other state or country for {@link LearningSource#OTHER_CONTEXTS}); the records of
 * the plan it is about; and whether the public reads it. A responsible actor may propose one about
 * its own milestones; the secretariat accepts or declines it.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT = 5_000;
    public static final int PARTICIPANTS = 1_000;
    public static final int OTHER_CONTEXT = 300;
    public static final int DECLINE_REASON = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Column(nullable = false)
    private String tried;

    @Column(nullable = false)
    private String happened;

    @Column(nullable = false)
    private String changed;

    private String participants;

    @Column(name = "learned_on", nullable = false)
    private LocalDate learnedOn;

    @Column(name = "other_context")
    private String otherContext;

    @Column(name = "visible_to_public", nullable = false)
    private boolean visibleToPublic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LessonStatus status = LessonStatus.ACCEPTED;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by_id", updatable = false)
    private Actor proposedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_source", joinColumns = @JoinColumn(name = "lesson_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private Set<LearningSource> sources = EnumSet.noneOf(LearningSource.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_link", joinColumns = @JoinColumn(name = "lesson_id"))
    private Set<LessonLink> links = new LinkedHashSet<>();

    @Version
    private int version;

    protected Lesson() {
    }

    /** A blank lesson for a form. */
    public static Lesson blank() {
        return new Lesson();
    }

    /** Files a lesson typed into a form under its plan, written by the secretariat: accepted at once (also the demo's way). */
    public void writeIn(ActionPlan plan, String username, LocalDate today) {
        placeIn(plan, username);
        check(today);
    }

    /**
     * Files a lesson proposed by a responsible actor: about one of the actor's own milestones
     * (the service checked it), never public until the secretariat accepts it and says so.
     */
    void proposeIn(ActionPlan plan, String username, Actor actor, LocalDate today) {
        placeIn(plan, username);
        this.proposedBy = actor;
        this.status = LessonStatus.PROPOSED;
        this.visibleToPublic = false;
        if (links.stream().noneMatch(l -> l.getKind() == LinkKind.MILESTONE)) {
            throw DomainException.onField("links", "lessons.proposal.milestoneRequired");
        }
        check(today);
    }

    private void placeIn(ActionPlan plan, String username) {
        if (this.plan != null) {
            throw new IllegalStateException("lesson already has a plan");
        }
        this.plan = plan;
        this.stateId = plan.getState().getId();
        this.writtenBy = username;
    }

    /** Takes what an edit form may change; the status, author and proposer stay. */
    void takeFrom(Lesson edited, LocalDate today) {
        phase = edited.phase;
        tried = edited.tried;
        happened = edited.happened;
        changed = edited.changed;
        participants = edited.participants;
        learnedOn = edited.learnedOn;
        otherContext = edited.otherContext;
        sources = EnumSet.noneOf(LearningSource.class);
        sources.addAll(edited.sources);
        visibleToPublic = edited.visibleToPublic && status == LessonStatus.ACCEPTED;
        check(today);
    }

    void linkTo(Collection<LessonLink> chosen) {
        links = new LinkedHashSet<>(chosen);
    }

    /** The rules of what a lesson holds: its texts, a date not in the future and near the plan's cycle, at least one source. */
    private void check(LocalDate today) {
        if (phase == null) {
            throw DomainException.onField("phase", "lessons.phase.required");
        }
        tried = Texts.required(tried, "tried", TEXT, "lessons.text.required", "lessons.text.tooLong");
        happened = Texts.required(happened, "happened", TEXT, "lessons.text.required", "lessons.text.tooLong");
        changed = Texts.required(changed, "changed", TEXT, "lessons.text.required", "lessons.text.tooLong");
        participants = Texts.optional(participants, "participants", PARTICIPANTS, "lessons.text.tooLong");
        if (learnedOn == null) {
            throw DomainException.onField("learnedOn", "lessons.date.required");
        }
        if (learnedOn.isAfter(today)) {
            throw DomainException.onField("learnedOn", "lessons.date.future");
        }
        plan.requireNearCycle(learnedOn, "learnedOn");
        if (sources.isEmpty()) {
            throw DomainException.onField("sources", "lessons.sources.required");
        }
        if (sources.contains(LearningSource.OTHER_CONTEXTS)) {
            otherContext = Texts.required(otherContext, "otherContext", OTHER_CONTEXT,
                    "lessons.otherContext.required", "lessons.text.tooLong");
        } else {
            otherContext = null;
        }
    }

    /** The secretariat accepts a proposal, and says whether the public reads it. */
    void accept(boolean visibleToPublic, String username, Instant now) {
        requireProposed();
        status = LessonStatus.ACCEPTED;
        this.visibleToPublic = visibleToPublic;
        decided(username, now);
    }

    /** The secretariat declines a proposal, saying why. */
    void decline(String reason, String username, Instant now) {
        requireProposed();
        declineReason = Texts.required(reason, "declineReason", DECLINE_REASON, "lessons.decline.reasonRequired",
                "lessons.text.tooLong");
        status = LessonStatus.DECLINED;
        visibleToPublic = false;
        decided(username, now);
    }

    private void requireProposed() {
        if (status != LessonStatus.PROPOSED) {
            throw new DomainException("lessons.decision.notProposed");
        }
    }

    private void decided(String username, Instant now) {
        decidedBy = username;
        decidedAt = now;
    }

    /** Read by anybody: accepted, marked public, in a published plan. */
    public boolean isPublic() {
        return status == LessonStatus.ACCEPTED && visibleToPublic && plan.isPublished();
    }

    /** Its secretariat reads every lesson; the accounts of the proposing actor their proposals; anybody a public one. */
    public boolean isVisibleTo(Caller caller) {
        return caller.runsSecretariatOf(stateId) || isProposedBy(caller) || isPublic();
    }

    public boolean isProposedBy(Caller caller) {
        return proposedBy != null && caller.belongsTo(stateId) && caller.actsFor(java.util.List.of(proposedBy.getId()));
    }

    /** Binding for a form's check boxes (Faces converts the enum from the array's type). */
    public LearningSource[] getSourceArray() {
        return sources.toArray(LearningSource[]::new);
    }

    public void setSourceArray(LearningSource[] chosen) {
        sources = EnumSet.noneOf(LearningSource.class);
        if (chosen != null) {
            sources.addAll(java.util.Arrays.asList(chosen));
        }
    }

    public boolean drewOn(LearningSource source) {
        return sources.contains(source);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public ActionPlan getPlan() { return plan; }
    public Long getStateId() { return stateId; }
    public Phase getPhase() { return phase; }
    public void setPhase(Phase phase) { this.phase = phase; }
    public String getTried() { return tried; }
    public void setTried(String tried) { this.tried = tried; }
    public String getHappened() { return happened; }
    public void setHappened(String happened) { this.happened = happened; }
    public String getChanged() { return changed; }
    public void setChanged(String changed) { this.changed = changed; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public LocalDate getLearnedOn() { return learnedOn; }
    public void setLearnedOn(LocalDate learnedOn) { this.learnedOn = learnedOn; }
    public String getOtherContext() { return otherContext; }
    public void setOtherContext(String otherContext) { this.otherContext = otherContext; }
    public boolean isVisibleToPublic() { return visibleToPublic; }
    public void setVisibleToPublic(boolean visibleToPublic) { this.visibleToPublic = visibleToPublic; }
    public LessonStatus getStatus() { return status; }
    public String getWrittenBy() { return writtenBy; }
    public Actor getProposedBy() { return proposedBy; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDeclineReason() { return declineReason; }
    public Set<LearningSource> getSources() { return sources; }
    public Set<LessonLink> getLinks() { return links; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("phase", phase);
        snapshot.put("tried", tried);
        snapshot.put("happened", happened);
        snapshot.put("changed", changed);
        snapshot.put("participants", participants);
        snapshot.put("learnedOn", learnedOn);
        snapshot.put("sources", sources.stream().sorted().map(Enum::name).toList());
        snapshot.put("otherContext", otherContext);
        snapshot.put("links", links.stream().map(LessonLink::key).sorted().toList());
        snapshot.put("visibleToPublic", visibleToPublic);
        snapshot.put("status", status);
        snapshot.put("declineReason", declineReason);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Lesson l && id != null && id.equals(l.id);
    }

    @Override
    public int hashCode() {
        return Lesson.class.hashCode();
    }
}
