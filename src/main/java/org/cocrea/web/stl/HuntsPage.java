package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.treasurehunt.HuntPurpose;
import org.cocrea.treasurehunt.HuntService;
import org.cocrea.treasurehunt.TreasureHunt;
import org.cocrea.web.Messages;

/** /stl/hunts?plan=…: the treasure hunts of a plan, and a form for a new baseline or follow-up exercise. */
@Named("stlHuntsPage")
@ViewScoped
public class HuntsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HuntService hunts;

    @Inject
    private PlanService plans;

    private Long planId;
    private ActionPlan plan;
    private List<TreasureHunt> exercises;
    private TreasureHunt form = TreasureHunt.blank();
    private Long baselineId;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        exercises = hunts.ofPlanForSecretariat(planId);
    }

    public List<TreasureHunt> getBaselines() {
        return exercises.stream().filter(h -> !h.isFollowUp()).toList();
    }

    public String create() {
        TreasureHunt created = hunts.create(planId, form, form.getPurpose() == HuntPurpose.FOLLOW_UP ? baselineId : null);
        Messages.saved("hunt.created");
        return "/stl/hunt?faces-redirect=true&id=" + created.getId();
    }

    public HuntPurpose[] getPurposes() { return HuntPurpose.values(); }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public List<TreasureHunt> getExercises() { return exercises; }
    public TreasureHunt getForm() { return form; }
    public Long getBaselineId() { return baselineId; }
    public void setBaselineId(Long baselineId) { this.baselineId = baselineId; }
}
