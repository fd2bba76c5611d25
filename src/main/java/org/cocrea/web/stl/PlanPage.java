package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.audit.AuditTrail;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.ActorService;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressBoard.Summary;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanPhase;
import org.cocrea.plan.PlanService;
import org.cocrea.priority.PriorityService;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.web.Messages;

/** /stl/plan?id=…: the secretariat edits and publishes a plan and opens its commitments. */
@Named("stlPlanPage")
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private CommitmentService commitments;

    @Inject
    private ProgressBoard board;

    @Inject
    private ActorService actors;

    @Inject
    private PriorityService priorities;

    @Inject
    private WorkSessionService sessions;

    /** What phases 1 to 3 have produced so far, next to the links to those records. */
    public record CoCreationFigures(long actors, long priorities, int sessions, long openAgreements, long overdueAgreements)
            implements Serializable {
    }

    @Inject
    private AuditTrail trail;

    private AuditRows changeLog;
    private Long id;
    private ActionPlan plan;
    private List<Commitment> list;
    private Map<Long, Summary> summaries;
    private Commitment newCommitment = Commitment.blank();
    private List<PlanPhase> phaseRecords;
    private CoCreationFigures figures;
    private boolean despitePending;
    private Phase schedulePhase;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;

    public void load() {
        if (id == null) {
            throw new org.cocrea.shared.NotFoundException();
        }
        plan = plans.forSecretariat(id);
        changeLog = AuditRows.of(trail, plan);
        phaseRecords = plans.phasesOf(id);
        List<WorkSessionService.WorkSessionRow> sessionRows = sessions.ofPlan(id);
        figures = new CoCreationFigures(actors.countOfState(plan.getState().getId()), priorities.countOfPlan(id),
                sessionRows.size(), sessionRows.stream().mapToLong(WorkSessionService.WorkSessionRow::openAgreements).sum(),
                sessionRows.stream().mapToLong(WorkSessionService.WorkSessionRow::overdueAgreements).sum());
        schedulePhase = plan.getPhase();
        list = commitments.ofPlanForSecretariat(id);
        summaries = board.byCommitment(list.stream().map(Commitment::getId).toList());
    }

    public String save() {
        plans.update(plan);
        Messages.saved("common.saved");
        return reload();
    }

    public String publish() {
        plans.publish(id);
        Messages.saved("stl.plan.published");
        return reload();
    }

    public String toggle(Phase phase, String item) {
        boolean done = phaseRecords.stream().filter(p -> p.getPhase() == phase).anyMatch(p -> p.isDone(item));
        plans.checkItem(id, phase, item, !done);
        return reload();
    }

    public String advance() {
        plans.advancePhase(id, plan.getPhase(), despitePending);
        Messages.saved("plan.phase.advanced");
        return reload();
    }

    public String schedule() {
        plans.schedulePhase(id, schedulePhase, plannedStart, plannedEnd);
        Messages.saved("common.saved");
        return reload();
    }

    /** The checklist items of the current phase not done yet. */
    public List<String> getPendingItems() {
        return phaseRecords.stream().filter(p -> p.getPhase() == plan.getPhase()).findFirst()
                .map(PlanPhase::pending).orElse(List.of());
    }

    public String createCommitment() {
        Commitment created = commitments.create(id, newCommitment, null, List.of());
        Messages.saved("stl.commitment.created");
        return "/stl/commitment?faces-redirect=true&id=" + created.getId();
    }

    private String reload() {
        return "/stl/plan?faces-redirect=true&id=" + id;
    }

    public Summary summaryOf(Commitment commitment) {
        return summaries.getOrDefault(commitment.getId(), ProgressBoard.none());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ActionPlan getPlan() { return plan; }
    public List<Commitment> getCommitments() { return list; }
    public Commitment getNewCommitment() { return newCommitment; }
    public Phase[] getPhases() { return Phase.values(); }
    public List<PlanPhase> getPhaseRecords() { return phaseRecords; }
    public CoCreationFigures getFigures() { return figures; }
    public boolean isDespitePending() { return despitePending; }
    public void setDespitePending(boolean despitePending) { this.despitePending = despitePending; }
    public Phase getSchedulePhase() { return schedulePhase; }
    public void setSchedulePhase(Phase schedulePhase) { this.schedulePhase = schedulePhase; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
    /** The record's change log (co:changeLog), a page at a time. */
    public AuditRows getChangeLog() { return changeLog; }
}
