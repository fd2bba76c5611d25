package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.LastUpdate;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressBoard.Summary;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanPhase;
import org.cocrea.plan.PlanService;

/** A published plan (/plan?id=…): its theory of change and its published commitments with their progress. */
@Named
@RequestScoped
public class PlanPage {

    @Inject
    private PlanService plans;

    @Inject
    private CommitmentService commitments;

    @Inject
    private ProgressBoard board;

    @Inject
    private LastUpdate lastUpdate;

    private Long id;
    private ActionPlan plan;
    private List<Commitment> published;
    private Map<Long, Summary> summaries;
    private Summary summary;
    private List<PlanPhase> phases;
    private org.cocrea.commitment.MoneyTotals money;
    private Instant lastUpdated;

    /** Called by f:viewAction; a draft or missing plan answers 404. */
    public void load() {
        if (id == null) {
            throw new org.cocrea.shared.NotFoundException();
        }
        plan = plans.published(id);
        published = commitments.publishedOfPlan(id);
        phases = plans.phasesOf(id);
        money = commitments.publishedMoneyOfPlan(id);
        summaries = board.byCommitment(published.stream().map(Commitment::getId).toList());
        summary = board.byPlan(List.of(id), true).getOrDefault(id, ProgressBoard.none());
        lastUpdated = lastUpdate.ofPlan(id);
    }

    public Summary summaryOf(Commitment commitment) {
        return summaries.getOrDefault(commitment.getId(), ProgressBoard.none());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ActionPlan getPlan() { return plan; }
    public List<Commitment> getCommitments() { return published; }
    public Summary getSummary() { return summary; }
    public List<PlanPhase> getPhases() { return phases; }
    /** The money of the published commitments, all years added. */
    public org.cocrea.commitment.MoneyTotals getMoney() { return money; }
    /** When anything the public sees of the plan's commitments last changed. */
    public Instant getLastUpdated() { return lastUpdated; }
}
