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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.Caller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;
import org.cocrea.state.State;

/**
 * A state's roadmap (hoja de ruta) for a period, with its three parts and the status of each: (1)
 * identify corruption risks of the prioritized programs, (2) write evidence-based recommendations,
 * (3) dialogue with decision makers so that they are implemented. What each part holds is computed
 * from the programs, risks and recommendations ({@link RoadmapSummary}); the roadmap keeps the
 * statuses, the dialogue's notes and whether the public reads it.
 */
@Entity
@Table(name = "social_roadmap")
public class Roadmap extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    static final int MAX_YEARS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id", nullable = false, updatable = false)
    private State state;

    @Column(nullable = false)
    private String title;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "risks_status", nullable = false)
    private RoadmapStatus risksStatus = RoadmapStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendations_status", nullable = false)
    private RoadmapStatus recommendationsStatus = RoadmapStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "dialogue_status", nullable = false)
    private RoadmapStatus dialogueStatus = RoadmapStatus.NOT_STARTED;

    @Column(name = "dialogue_note")
    private String dialogueNote;

    @Column(nullable = false)
    private boolean published;

    @Version
    private int version;

    protected Roadmap() {
    }

    public static Roadmap blank() {
        return new Roadmap();
    }

    public void placeIn(State state) {
        if (this.state != null) {
            throw new IllegalStateException("roadmap already has a state");
        }
        check();
        this.state = state;
    }

    /** Takes what a form may change: title, period, the parts' statuses and the dialogue's notes. */
    public void takeFrom(Roadmap edited) {
        title = edited.title;
        periodStart = edited.periodStart;
        periodEnd = edited.periodEnd;
        risksStatus = edited.risksStatus;
        recommendationsStatus = edited.recommendationsStatus;
        dialogueStatus = edited.dialogueStatus;
        dialogueNote = edited.dialogueNote;
        check();
    }

    private void check() {
        title = Texts.required(title, "title", SocialProgram.NAME, "social.roadmap.title.required", "social.text.tooLong");
        if (periodStart == null) {
            throw DomainException.onField("periodStart", "social.risk.date.required");
        }
        if (periodEnd == null) {
            throw DomainException.onField("periodEnd", "social.risk.date.required");
        }
        if (periodEnd.isBefore(periodStart) || periodEnd.isAfter(periodStart.plusYears(MAX_YEARS))) {
            throw DomainException.onField("periodEnd", "social.roadmap.period.invalid", MAX_YEARS);
        }
        if (risksStatus == null || recommendationsStatus == null || dialogueStatus == null) {
            throw DomainException.onField("risksStatus", "social.roadmap.status.required");
        }
        dialogueNote = Texts.optional(dialogueNote, "dialogueNote", ProgramRisk.TEXT, "social.text.tooLong");
    }

    public void publish(boolean published) {
        this.published = published;
    }

    /** Who may read it: anybody once published; its state's secretariat always. */
    public boolean isVisibleTo(Caller caller) {
        return published || caller.runsSecretariatOf(state.getId());
    }

    /** Whether a day falls within the roadmap's period (both ends included). */
    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public State getState() { return state; }
    public Long getStateId() { return state.getId(); }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { this.periodEnd = v; }
    public RoadmapStatus getRisksStatus() { return risksStatus; }
    public void setRisksStatus(RoadmapStatus v) { this.risksStatus = v; }
    public RoadmapStatus getRecommendationsStatus() { return recommendationsStatus; }
    public void setRecommendationsStatus(RoadmapStatus v) { this.recommendationsStatus = v; }
    public RoadmapStatus getDialogueStatus() { return dialogueStatus; }
    public void setDialogueStatus(RoadmapStatus v) { this.dialogueStatus = v; }
    public String getDialogueNote() { return dialogueNote; }
    public void setDialogueNote(String v) { this.dialogueNote = v; }
    public boolean isPublished() { return published; }

    @Override
    public Long auditStateId() {
        return state.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", title);
        snapshot.put("periodStart", periodStart == null ? null : periodStart.toString());
        snapshot.put("periodEnd", periodEnd == null ? null : periodEnd.toString());
        snapshot.put("risksStatus", risksStatus == null ? null : risksStatus.name());
        snapshot.put("recommendationsStatus", recommendationsStatus == null ? null : recommendationsStatus.name());
        snapshot.put("dialogueStatus", dialogueStatus == null ? null : dialogueStatus.name());
        snapshot.put("dialogueNote", dialogueNote);
        snapshot.put("published", published);
        return snapshot;
    }
}
