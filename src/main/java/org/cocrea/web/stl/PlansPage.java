package org.cocrea.web.stl;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressBoard.Summary;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.web.Messages;

/** /stl/plans: the plans of the secretariat's state, and a new one. */
@Named("stlPlansPage")
@RequestScoped
public class PlansPage {

    @Inject
    private PlanService plans;

    @Inject
    private ProgressBoard board;

    private List<ActionPlan> list;
    private Map<Long, Summary> summaries;
    private final ActionPlan form = ActionPlan.blank();

    @PostConstruct
    void load() {
        list = plans.ofMyState();
        summaries = board.byPlan(list.stream().map(ActionPlan::getId).toList(), false);
    }

    public String create() {
        ActionPlan plan = plans.create(form);
        Messages.saved("stl.plan.created");
        return "/stl/plan?faces-redirect=true&id=" + plan.getId();
    }

    public Summary summaryOf(ActionPlan plan) {
        return summaries.getOrDefault(plan.getId(), ProgressBoard.none());
    }

    public List<ActionPlan> getPlans() { return list; }
    public ActionPlan getForm() { return form; }
}
