package org.cocrea.plan;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.shared.persistence.Recorded;

/** A local action plan (Plan de Acción Local): a cycle of commitments run by one state's secretariat. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id", nullable = false, updatable = false)
    private State state;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String title;

    @NotNull
    @Column(name = "cycle_start", nullable = false)
    private LocalDate cycleStart;

    @NotNull
    @Column(name = "cycle_end", nullable = false)
    private LocalDate cycleEnd;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase = Phase.IDENTIFICATION;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    // Theory of change, recorded per plan: activities → products → results → impact.
    @Size(max = 5000)
    @Column(name = "theory_activities")
    private String theoryActivities;

    @Size(max = 5000)
    @Column(name = "theory_products")
    private String theoryProducts;

    @Size(max = 5000)
    @Column(name = "theory_results")
    private String theoryResults;

    @Size(max = 5000)
    @Column(name = "theory_impact")
    private String theoryImpact;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    private List<PlanPhase> phases = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private int version;

    protected ActionPlan() {
    }

    /** A blank plan for a creation form. */
    public static ActionPlan blank() {
        return new ActionPlan();
    }

    /** How many years before and after today a plan's cycle may start or end. */
    public static final int CYCLE_YEARS_BACK = 5;
    public static final int CYCLE_YEARS_AHEAD = 8;

    /** How far outside the cycle the dates of the plan's records may fall. */
    public static final java.time.Period DATE_MARGIN = java.time.Period.ofYears(1);

    /** A new plan of that state; its first phase starts today in the state's zone. */
    public ActionPlan(State state, String title, LocalDate cycleStart, LocalDate cycleEnd, Clock clock) {
        this.state = state;
        this.title = title;
        this.cycleStart = cycleStart;
        this.cycleEnd = cycleEnd;
        checkCycle(clock);
        recordPhases(clock);
    }

    /** Every plan has its six phase records from the start; the first one starts with the plan. */
    private void recordPhases(Clock clock) {
        for (Phase p : Phase.values()) {
            phases.add(new PlanPhase(this, p));
        }
        phaseRecord(Phase.IDENTIFICATION).start(today(clock));
    }

    /** Puts a plan typed into a form in its state; the cycle must make sense. */
    public void placeIn(State state, Clock clock) {
        if (this.state != null) {
            throw new IllegalStateException("plan already has a state");
        }
        this.state = state;
        checkCycle(clock);
        recordPhases(clock);
    }

    /** Today in the plan's state: the day its phases, agreements and milestones are measured against. */
    public LocalDate today(Clock clock) {
        return state.today(clock);
    }

    /**
     * The cycle ends after it starts, and lies within a few years of today in the plan's state
     * ({@link #CYCLE_YEARS_BACK} before, {@link #CYCLE_YEARS_AHEAD} ahead): a year 0001 or 9999 is a typo.
     */
    public void checkCycle(Clock clock) {
        if (cycleStart != null && cycleEnd != null && !cycleEnd.isAfter(cycleStart)) {
            throw DomainException.onField("cycleEnd", "plan.cycle.endBeforeStart");
        }
        LocalDate today = today(clock);
        LocalDate earliest = today.minusYears(CYCLE_YEARS_BACK);
        LocalDate latest = today.plusYears(CYCLE_YEARS_AHEAD);
        if (cycleStart != null && (cycleStart.isBefore(earliest) || cycleStart.isAfter(latest))) {
            throw DomainException.onField("cycleStart", "plan.cycle.outOfRange", earliest, latest);
        }
        if (cycleEnd != null && (cycleEnd.isBefore(earliest) || cycleEnd.isAfter(latest))) {
            throw DomainException.onField("cycleEnd", "plan.cycle.outOfRange", earliest, latest);
        }
    }

    /**
     * Refuses a date of one of the plan's records (a commitment's start or end, a session, an
     * agreement's due date) that falls more than {@link #DATE_MARGIN} outside the cycle: work is
     * prepared a little before a cycle and followed up a little after it, not decades away.
     */
    public void requireNearCycle(LocalDate date, String field) {
        if (date == null || cycleStart == null || cycleEnd == null) {
            return;
        }
        LocalDate earliest = cycleStart.minus(DATE_MARGIN);
        LocalDate latest = cycleEnd.plus(DATE_MARGIN);
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw DomainException.onField(field, "plan.date.outsideCycle", earliest, latest);
        }
    }

    /**
     * Moves the plan to the next phase: an explicit act, refused after the last phase and, while
     * the current phase's checklist has pending items, unless the secretariat says it goes on anyway.
     */
    public void advancePhase(LocalDate today, boolean despitePending) {
        Phase next = phase.next();
        if (next == null) {
            throw DomainException.onField("advance", "plan.phase.last");
        }
        PlanPhase current = phaseRecord(phase);
        if (!current.pending().isEmpty() && !despitePending) {
            throw DomainException.onField("advance", "plan.phase.pending", current.pending().size());
        }
        current.finish(today);
        phaseRecord(next).start(today);
        phase = next;
    }

    /** Records when the first phase really began, for a plan entered after the fact. */
    public void backdateStart(LocalDate day) {
        if (phase != Phase.IDENTIFICATION) {
            throw new IllegalStateException("only a plan still in its first phase can be backdated");
        }
        phaseRecord(Phase.IDENTIFICATION).start(day);
    }

    /** Ticks (or unticks) an item of a phase's checklist. */
    public void checkItem(Phase of, String item, boolean done, String username, Instant now) {
        phaseRecord(of).check(item, done, username, now);
    }

    /**
     * Ticks an item that the records prove (by {@link CheckedItem#BY_RECORDS}); an item already
     * done, by a person or by the records, stays as it is. True when it was ticked now.
     */
    public boolean tickFromRecords(Phase of, String item, Instant now) {
        PlanPhase record = phaseRecord(of);
        if (record.isDone(item)) {
            return false;
        }
        record.check(item, true, CheckedItem.BY_RECORDS, now);
        return true;
    }

    /** Sets the planned dates of a phase. */
    public void schedulePhase(Phase of, LocalDate start, LocalDate end) {
        phaseRecord(of).schedule(start, end);
    }

    /** The record of one phase. */
    public PlanPhase phaseRecord(Phase of) {
        return phases.stream().filter(p -> p.getPhase() == of).findFirst()
                .orElseThrow(() -> new IllegalStateException("plan " + id + " has no record of phase " + of));
    }

    /** The six phase records in the methodology's order. */
    public List<PlanPhase> phasesInOrder() {
        return phases.stream().sorted(Comparator.comparing(PlanPhase::getPhase)).toList();
    }

    public void publish(Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("plan.publish.notDraft");
        }
        status = PlanStatus.PUBLISHED;
        publishedAt = now;
    }

    public boolean isPublished() {
        return status != PlanStatus.DRAFT; // published or closed; Commitment.publicWhere says the same in queries
    }

    /** Whether the cycle contains a date, e.g. for commitment dates. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(cycleStart) && !date.isAfter(cycleEnd);
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public State getState() { return state; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getCycleStart() { return cycleStart; }
    public void setCycleStart(LocalDate cycleStart) { this.cycleStart = cycleStart; }
    public LocalDate getCycleEnd() { return cycleEnd; }
    public void setCycleEnd(LocalDate cycleEnd) { this.cycleEnd = cycleEnd; }
    public Phase getPhase() { return phase; }
    public PlanStatus getStatus() { return status; }
    public String getTheoryActivities() { return theoryActivities; }
    public void setTheoryActivities(String v) { this.theoryActivities = v; }
    public String getTheoryProducts() { return theoryProducts; }
    public void setTheoryProducts(String v) { this.theoryProducts = v; }
    public String getTheoryResults() { return theoryResults; }
    public void setTheoryResults(String v) { this.theoryResults = v; }
    public String getTheoryImpact() { return theoryImpact; }
    public void setTheoryImpact(String v) { this.theoryImpact = v; }
    public Instant getPublishedAt() { return publishedAt; }

    @Override
    public Long auditStateId() {
        return state.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", title);
        snapshot.put("cycleStart", cycleStart);
        snapshot.put("cycleEnd", cycleEnd);
        snapshot.put("phase", phase);
        snapshot.put("status", status);
        snapshot.put("theoryActivities", theoryActivities);
        snapshot.put("theoryProducts", theoryProducts);
        snapshot.put("theoryResults", theoryResults);
        snapshot.put("theoryImpact", theoryImpact);
        snapshot.put("checklist", phasesInOrder().stream()
                .flatMap(p -> p.getChecklist().stream().filter(p::isDone).map(item -> p.getPhase() + ":" + item))
                .toList());
        snapshot.put("phaseDates", phasesInOrder().stream()
                .map(p -> p.getPhase() + " " + p.getPlannedStart() + "/" + p.getPlannedEnd()
                        + " " + p.getStartedOn() + "/" + p.getFinishedOn())
                .toList());
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ActionPlan p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return ActionPlan.class.hashCode();
    }
}
