package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.cocrea.evaluation.EvaluationService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;
import org.cocrea.web.evaluation.AssignmentForm;

/**
 * /stl/evaluation?plan=…: the secretariat assigns the plan's evaluators (one lead) with a period
 * (the shared {@link AssignmentForm}) and sets the reply period; the information institute co-signs the publication of the results.
 */
@Named("stlEvaluationPage")
@ViewScoped
public class EvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private PlanService plans;

    @Inject
    private AssignmentForm assignmentForm;

    private Long planId;
    private ActionPlan plan;
    private EvaluationService.Status status;

    private LocalDate replyFrom;
    private LocalDate replyUntil;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        assignmentForm.load(planId, "/stl/evaluation?plan=" + planId);
        status = evaluations.status(planId);
        if (replyFrom == null) {
            replyFrom = status.settings().getReplyFrom();
            replyUntil = status.settings().getReplyUntil();
        }
    }

    public String saveReplyPeriod() {
        evaluations.setReplyPeriod(planId, replyFrom, replyUntil);
        Messages.saved("evaluation.replyPeriod.saved");
        return reload();
    }

    public String publish() {
        evaluations.publish(planId);
        Messages.saved("evaluation.publish.saved");
        return reload();
    }

    private String reload() {
        return "/stl/evaluation?faces-redirect=true&plan=" + planId;
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long v) { this.planId = v; }
    public ActionPlan getPlan() { return plan; }
    public EvaluationService.Status getStatus() { return status; }
    public LocalDate getReplyFrom() { return replyFrom; }
    public void setReplyFrom(LocalDate v) { this.replyFrom = v; }
    public LocalDate getReplyUntil() { return replyUntil; }
    public void setReplyUntil(LocalDate v) { this.replyUntil = v; }
}
