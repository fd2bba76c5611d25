package org.cocrea.treasurehunt;

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
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * A treasure hunt (búsqueda del tesoro) of a plan: on a day, teams try to answer questions about
 * public money with public information only. A baseline exercise is held at the start; a
 * follow-up names its baseline and asks the same questions again, so the two can be compared.
 */
@Entity
@Table(name = "treasure_hunt")
public class TreasureHunt extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HuntPurpose purpose = HuntPurpose.BASELINE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "baseline_id", updatable = false)
    private TreasureHunt baseline;

    @Version
    private int version;

    protected TreasureHunt() {
    }

    public static TreasureHunt blank() {
        return new TreasureHunt();
    }

    /**
     * Places an exercise typed into a form in its plan: a title and a day within the plan's cycle;
     * a follow-up needs a baseline exercise of the same plan held before it, a baseline none.
     */
    public void placeIn(ActionPlan plan, TreasureHunt baseline) {
        if (this.plan != null) {
            throw new IllegalStateException("exercise already placed");
        }
        if (purpose == null) {
            throw DomainException.onField("purpose", "hunt.purpose.required");
        }
        if (purpose == HuntPurpose.FOLLOW_UP) {
            if (baseline == null || baseline.purpose != HuntPurpose.BASELINE || !baseline.plan.getId().equals(plan.getId())) {
                throw DomainException.onField("baselineId", "hunt.baseline.required");
            }
        }
        this.plan = plan;
        this.baseline = purpose == HuntPurpose.FOLLOW_UP ? baseline : null;
        check();
    }

    public void takeFrom(TreasureHunt edited) {
        this.title = edited.title;
        this.heldOn = edited.heldOn;
        check();
    }

    private void check() {
        title = Texts.required(title, "title", 300, "hunt.title.required", "hunt.text.tooLong");
        if (heldOn == null) {
            throw DomainException.onField("heldOn", "hunt.date.required");
        }
        if (!plan.covers(heldOn)) {
            throw DomainException.onField("heldOn", "hunt.date.outsideCycle");
        }
        if (baseline != null && !heldOn.isAfter(baseline.heldOn)) {
            throw DomainException.onField("heldOn", "hunt.date.beforeBaseline");
        }
    }

    public boolean isFollowUp() {
        return purpose == HuntPurpose.FOLLOW_UP;
    }

    public Long getStateId() {
        return plan.getState().getId();
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public ActionPlan getPlan() { return plan; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public HuntPurpose getPurpose() { return purpose; }
    public void setPurpose(HuntPurpose purpose) { this.purpose = purpose; }
    public TreasureHunt getBaseline() { return baseline; }

    @Override
    public Long auditStateId() {
        return getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("plan", plan.getId());
        snapshot.put("title", title);
        snapshot.put("heldOn", heldOn);
        snapshot.put("purpose", purpose);
        snapshot.put("baseline", baseline == null ? null : baseline.getId());
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TreasureHunt h && id != null && id.equals(h.id);
    }

    @Override
    public int hashCode() {
        return TreasureHunt.class.hashCode();
    }
}
