package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressBoard.Summary;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.Dates;
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

    private Long id;
    private ActionPlan plan;
    private List<Commitment> list;
    private Map<Long, Summary> summaries;
    private Commitment newCommitment = Commitment.blank();

    public void load() {
        if (id == null) {
            throw new org.cocrea.shared.NotFoundException();
        }
        plan = plans.forSecretariat(id);
        list = commitments.ofPlanForSecretariat(id);
        summaries = board.byCommitment(list.stream().map(Commitment::getId).toList(), Dates.today());
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
}
