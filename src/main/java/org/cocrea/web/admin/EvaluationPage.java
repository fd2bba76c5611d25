package org.cocrea.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.evaluation.EvaluationService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.NotFoundException;
import org.cocrea.state.State;
import org.cocrea.state.StateService;
import org.cocrea.web.evaluation.AssignmentForm;

/**
 * /admin/evaluation?state=…[&amp;plan=…]: the administrator assigns a plan's evaluators: the state's
 * plans, and for the chosen one the same form as the secretariat's ({@link AssignmentForm}).
 */
@Named("adminEvaluationPage")
@ViewScoped
public class EvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private StateService states;

    @Inject
    private AssignmentForm assignmentForm;

    private Long stateId;
    private Long planId;
    private State state;
    private List<ActionPlan> plans;
    private ActionPlan plan;

    public void load() {
        if (stateId == null) {
            throw new NotFoundException();
        }
        state = states.find(stateId);
        plans = evaluations.plansForAdmin(stateId);
        if (planId != null) {
            plan = evaluations.plan(planId);
            if (!plan.getState().getId().equals(stateId)) {
                throw new NotFoundException();
            }
            assignmentForm.load(planId, "/admin/evaluation?state=" + stateId + "&plan=" + planId);
        }
    }

    public Long getStateId() { return stateId; }
    public void setStateId(Long v) { this.stateId = v; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long v) { this.planId = v; }
    public State getState() { return state; }
    public List<ActionPlan> getPlans() { return plans; }
    public ActionPlan getPlan() { return plan; }
}
