package org.cocrea.plan;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.shared.DomainException;

/** One of a plan's six phases: its planned dates, when it really started and ended, and its checklist. */
@Entity
@Table(name = "plan_phase")
public class PlanPhase implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Phase phase;

    @Column(name = "planned_start") private LocalDate plannedStart;
    @Column(name = "planned_end") private LocalDate plannedEnd;
    @Column(name = "started_on") private LocalDate startedOn;
    @Column(name = "finished_on") private LocalDate finishedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_phase_check", joinColumns = @JoinColumn(name = "plan_phase_id"))
    private List<CheckedItem> checked = new ArrayList<>();

    @Version
    private int version;

    protected PlanPhase() {
    }

    PlanPhase(ActionPlan plan, Phase phase) {
        this.plan = plan;
        this.phase = phase;
    }

    void schedule(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw DomainException.onField("plannedEnd", "plan.phase.endBeforeStart");
        }
        plannedStart = start;
        plannedEnd = end;
    }

    void start(LocalDate day) {
        startedOn = day;
    }

    void finish(LocalDate day) {
        finishedOn = day;
    }

    void check(String item, boolean done, String username, Instant at) {
        if (!phase.checklist().contains(item)) {
            throw new DomainException("plan.phase.unknownItem");
        }
        checked.removeIf(c -> c.getItem().equals(item));
        if (done) {
            checked.add(new CheckedItem(item, username, at));
        }
    }

    public boolean isDone(String item) {
        return checked.stream().anyMatch(c -> c.getItem().equals(item));
    }

    /** Who ticked an item and when, if it is done. */
    public Optional<CheckedItem> checkOf(String item) {
        return checked.stream().filter(c -> c.getItem().equals(item)).findFirst();
    }

    /** The checklist items not done yet, in the checklist's order. */
    public List<String> pending() {
        return phase.checklist().stream().filter(item -> !isDone(item)).toList();
    }

    public Long getId() { return id; }
    public Phase getPhase() { return phase; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getFinishedOn() { return finishedOn; }
    public List<String> getChecklist() { return phase.checklist(); }
    public int getDoneCount() { return phase.checklist().size() - pending().size(); }
    public int getPercentDone() { return getDoneCount() * 100 / phase.checklist().size(); }
}
