package org.cocrea.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * An evidence-based recommendation to mitigate risks of a social program: to which authority (an
 * actor of the state), what, which of the program's risks it mitigates and by when the authority
 * should answer; then the decision maker's answer (accepted, partly, rejected; text and date) and
 * the follow-up of its implementation (status, evidence, date). An answer not given after its due
 * day is overdue, by the program's state calendar.
 */
@Entity
@Table(name = "program_recommendation")
public class Recommendation extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    static final int TEXT = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private Actor authority;

    @Column(nullable = false)
    private String what;

    @Column(name = "answer_due_on", nullable = false)
    private LocalDate answerDueOn;

    @ManyToMany
    @JoinTable(name = "recommendation_risk",
            joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "risk_id"))
    @OrderBy("id")
    private Set<ProgramRisk> risks = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private AnswerKind answer;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_status", nullable = false)
    private FollowUpStatus followUpStatus = FollowUpStatus.NOT_STARTED;

    @Column(name = "follow_up_note")
    private String followUpNote;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Version
    private int version;

    protected Recommendation() {
    }

    /** A blank recommendation for a form. */
    public static Recommendation blank() {
        return new Recommendation();
    }

    /**
     * Files a recommendation typed into a form under its program, to an authority of its state, for
     * risks of that program; everything is checked before anything is kept, so that a refused form may be sent again.
     */
    public void placeIn(SocialProgram program, Actor authority, Collection<ProgramRisk> mitigated) {
        if (this.program != null) {
            throw new IllegalStateException("recommendation already has a program");
        }
        requireAuthorityOf(program.getStateId(), authority);
        requireRisksOf(program, mitigated);
        check();
        this.program = program;
        this.stateId = program.getStateId();
        this.authority = authority;
        risks.addAll(mitigated);
    }

    /** Takes what a form may change (the text and due day) and checks it. */
    public void takeFrom(Recommendation edited) {
        what = edited.what;
        answerDueOn = edited.answerDueOn;
        check();
    }

    public void addressTo(Actor authority) {
        requireAuthorityOf(stateId, authority);
        this.authority = authority;
    }

    /** The risks it mitigates: only risks of its own program. */
    public void mitigates(Collection<ProgramRisk> mitigated) {
        requireRisksOf(program, mitigated);
        risks.clear();
        risks.addAll(mitigated);
    }

    private static void requireAuthorityOf(Long stateId, Actor authority) {
        if (authority == null || !authority.belongsTo(stateId)) {
            throw DomainException.onField("authority", "social.recommendation.authority.required");
        }
    }

    private static void requireRisksOf(SocialProgram program, Collection<ProgramRisk> mitigated) {
        for (ProgramRisk risk : mitigated) {
            if (!risk.getProgram().equals(program)) {
                throw DomainException.onField("risks", "social.recommendation.risks.otherProgram");
            }
        }
    }

    private void check() {
        what = Texts.required(what, "what", TEXT, "social.recommendation.what.required", "social.text.tooLong");
        if (answerDueOn == null) {
            throw DomainException.onField("answerDueOn", "social.risk.date.required");
        }
    }

    /** The decision maker's answer, on a day not after today; an answer may be corrected, which replaces it. */
    public void answer(AnswerKind kind, String text, LocalDate on, LocalDate today) {
        if (kind == null) {
            throw DomainException.onField("answer", "social.recommendation.answer.required");
        }
        if (on == null) {
            throw DomainException.onField("answeredOn", "social.risk.date.required");
        }
        if (on.isAfter(today)) {
            throw DomainException.onField("answeredOn", "social.risk.date.future");
        }
        answerText = Texts.optional(text, "answerText", TEXT, "social.text.tooLong");
        answer = kind;
        answeredOn = on;
        if (kind == AnswerKind.REJECTED) {
            followUpStatus = FollowUpStatus.NOT_STARTED;
        }
    }

    /** The follow-up of an accepted (or partly accepted) recommendation, on a day not after today and not before the answer. */
    public void followUp(FollowUpStatus status, String note, LocalDate on, LocalDate today) {
        if (answer == null || answer == AnswerKind.REJECTED) {
            throw DomainException.onField("followUpStatus", "social.recommendation.followUp.notAccepted");
        }
        if (status == null) {
            throw DomainException.onField("followUpStatus", "social.recommendation.followUp.required");
        }
        if (on == null) {
            throw DomainException.onField("followUpOn", "social.risk.date.required");
        }
        if (on.isAfter(today) || on.isBefore(answeredOn)) {
            throw DomainException.onField("followUpOn", "social.recommendation.followUp.date");
        }
        followUpNote = Texts.optional(note, "followUpNote", TEXT, "social.text.tooLong");
        followUpStatus = status;
        followUpOn = on;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    /** Not answered and past its due day (today in the program's state zone). */
    public boolean isAnswerOverdue(LocalDate today) {
        return answer == null && today.isAfter(answerDueOn);
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public SocialProgram getProgram() { return program; }
    public Long getStateId() { return stateId; }
    public Actor getAuthority() { return authority; }
    public String getWhat() { return what; }
    public void setWhat(String v) { this.what = v; }
    public LocalDate getAnswerDueOn() { return answerDueOn; }
    public void setAnswerDueOn(LocalDate v) { this.answerDueOn = v; }
    public Set<ProgramRisk> getRisks() { return risks; }
    public AnswerKind getAnswer() { return answer; }
    public String getAnswerText() { return answerText; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public FollowUpStatus getFollowUpStatus() { return followUpStatus; }
    public String getFollowUpNote() { return followUpNote; }
    public LocalDate getFollowUpOn() { return followUpOn; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("program", program.getName());
        snapshot.put("authority", authority == null ? null : authority.getName());
        snapshot.put("what", what);
        snapshot.put("answerDueOn", answerDueOn == null ? null : answerDueOn.toString());
        snapshot.put("risks", risks.stream().map(ProgramRisk::getId).sorted().toList());
        snapshot.put("answer", answer == null ? null : answer.name());
        snapshot.put("answerText", answerText);
        snapshot.put("answeredOn", answeredOn == null ? null : answeredOn.toString());
        snapshot.put("followUpStatus", followUpStatus.name());
        snapshot.put("followUpNote", followUpNote);
        snapshot.put("followUpOn", followUpOn == null ? null : followUpOn.toString());
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Recommendation r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Recommendation.class.hashCode();
    }
}
