package org.cocrea.worksession;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;
import org.cocrea.social.Recommendation;

/**
 * An agreement (acuerdo) reached in a session: what was agreed, which organization owns it and by
 * when. It is followed up until done; an open agreement past its due date is overdue. It may name
 * the commitment it led to, so the commitment shows the agreements it came from. An agreement of a
 * dialogue with decision makers may name the recommendation (of a social program of the same state) it
 * is about: the recommendation's page shows it, and the public reads it once the program is published.
 */
@Entity
@Table(name = "session_agreement")
public class Agreement extends Recorded implements Auditable {

    /** An open agreement due within this many days is listed among the secretariat's "Pendientes". */
    public static final int DUE_SOON_DAYS = 15;

    private static final long serialVersionUID = 1L;
    /** How many days before its due date an agreement's owner is reminded. */
    public static final int REMINDER_DAYS = 15;

    static final int TEXT_MAX = 5_000;
    static final int NOTE_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private WorkSession session;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(nullable = false, updatable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_actor_id", nullable = false, updatable = false)
    private Actor owner;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    /** The username of whoever marked it done. */
    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_note")
    private String doneNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commitment_id", updatable = false)
    private Commitment commitment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommendation_id", updatable = false)
    private Recommendation recommendation;

    @Version
    private int version;

    protected Agreement() {
    }

    /**
     * An agreement of a session: a text, an owner of the session's state and a due date are
     * required; the commitment it led to, when given, must be of the session's plan.
     */
    public Agreement(WorkSession session, String text, Actor owner, LocalDate dueOn, Commitment commitment) {
        this(session, text, owner, dueOn, commitment, null);
    }

    /**
     * An agreement that may also name the recommendation it is about: only in a dialogue with decision
     * makers, and only a recommendation of a program of the session's state.
     */
    public Agreement(WorkSession session, String text, Actor owner, LocalDate dueOn, Commitment commitment,
                     Recommendation recommendation) {
        String cleanText = WorkSession.trimmed(text);
        if (cleanText == null) {
            throw DomainException.onField("agreementText", "agreement.text.required");
        }
        if (cleanText.length() > TEXT_MAX) {
            throw DomainException.onField("agreementText", "session.text.tooLong", TEXT_MAX);
        }
        if (owner == null) {
            throw DomainException.onField("agreementOwner", "agreement.owner.required");
        }
        if (!owner.belongsTo(session.getStateId())) {
            throw DomainException.onField("agreementOwner", "session.actor.otherState");
        }
        if (dueOn == null) {
            throw DomainException.onField("agreementDue", "agreement.due.required");
        }
        session.getPlan().requireNearCycle(dueOn, "agreementDue");
        if (commitment != null && !commitment.getPlan().equals(session.getPlan())) {
            throw DomainException.onField("agreementCommitment", "session.commitment.otherPlan");
        }
        if (recommendation != null && !session.isDialogue()) {
            throw DomainException.onField("agreementRecommendation", "agreement.recommendation.notDialogue");
        }
        if (recommendation != null && !recommendation.getStateId().equals(session.getStateId())) {
            throw DomainException.onField("agreementRecommendation", "agreement.recommendation.otherState");
        }
        this.session = session;
        this.stateId = session.getStateId();
        this.text = cleanText;
        this.owner = owner;
        this.dueOn = dueOn;
        this.commitment = commitment;
        this.recommendation = recommendation;
    }

    /** Done on a day, by someone, with an optional note on how. Done once: reopen it to change that. */
    public void markDone(String note, String username, LocalDate on) {
        if (isDone()) {
            throw new DomainException("agreement.alreadyDone");
        }
        String cleanNote = WorkSession.trimmed(note);
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            throw DomainException.onField("doneNote", "session.text.tooLong", NOTE_MAX);
        }
        doneOn = on;
        doneBy = username;
        doneNote = cleanNote;
    }

    /** Open again, e.g. it turned out not to be done; the earlier closing stays in the audit trail. */
    public void reopen() {
        if (!isDone()) {
            throw new DomainException("agreement.notDone");
        }
        doneOn = null;
        doneBy = null;
        doneNote = null;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Not done and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return overdue(doneOn, dueOn, today);
    }

    /**
     * The reminder its owner gets on {@code today} (its state's day): due in exactly 15 days, or overdue
     * (every day until it is done or its date moves); none once done.
     */
    public java.util.Optional<org.cocrea.mail.MailKind> reminderOn(LocalDate today) {
        if (isOverdue(today)) {
            return java.util.Optional.of(org.cocrea.mail.MailKind.AGREEMENT_OVERDUE);
        }
        return doneOn == null && dueOn.equals(today.plusDays(REMINDER_DAYS))
                ? java.util.Optional.of(org.cocrea.mail.MailKind.AGREEMENT_DUE) : java.util.Optional.empty();
    }

    static boolean overdue(LocalDate doneOn, LocalDate dueOn, LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    /** Follow-up order: overdue first, then open, then done; by due date within each. */
    public int followUpRank(LocalDate today) {
        return isOverdue(today) ? 0 : isDone() ? 2 : 1;
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public WorkSession getSession() { return session; }
    public Long getStateId() { return stateId; }
    public String getText() { return text; }
    public Actor getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getDoneBy() { return doneBy; }
    public String getDoneNote() { return doneNote; }
    public Commitment getCommitment() { return commitment; }
    public Recommendation getRecommendation() { return recommendation; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    /** An agreement that led to a commitment belongs to that commitment's trail too. */
    @Override
    public Long auditCommitmentId() {
        return commitment == null ? null : commitment.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("session", session.getTitle());
        s.put("text", text);
        s.put("owner", owner.getName());
        s.put("dueOn", dueOn);
        s.put("doneOn", doneOn);
        s.put("doneBy", doneBy);
        s.put("doneNote", doneNote);
        s.put("commitment", commitment == null ? null : commitment.getTitle());
        s.put("recommendation", recommendation == null ? null : recommendation.getProgram().getName() + ": " + recommendation.getWhat());
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Agreement a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Agreement.class.hashCode();
    }
}
