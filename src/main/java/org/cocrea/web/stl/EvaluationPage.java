package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.evaluation.EvaluationService;
import org.cocrea.evaluation.EvaluatorAssignment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;

/**
 * /stl/evaluation?plan=…: the secretariat assigns the plan's evaluators (one lead) with a period and
 * sets the reply period; the information institute co-signs the publication of the results.
 */
@Named("stlEvaluationPage")
@ViewScoped
public class EvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private PlanService plans;

    private Long planId;
    private ActionPlan plan;
    private List<EvaluatorAssignment> assignments;
    private List<Account> evaluators;
    private EvaluationService.Status status;

    private Long evaluatorId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private boolean lead;
    private LocalDate replyFrom;
    private LocalDate replyUntil;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        assignments = evaluations.assignmentsOf(planId);
        plan = plans.forSecretariat(planId);
        evaluators = evaluations.evaluatorsFor(planId);
        status = evaluations.status(planId);
        if (replyFrom == null) {
            replyFrom = status.settings().getReplyFrom();
            replyUntil = status.settings().getReplyUntil();
        }
    }

    public String assign() {
        evaluations.assign(planId, evaluatorId, startsOn, endsOn, lead);
        Messages.saved("evaluation.assign.saved");
        return reload();
    }

    public String unassign(long assignmentId) {
        evaluations.unassign(assignmentId);
        Messages.saved("evaluation.assign.removed");
        return reload();
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
    public List<EvaluatorAssignment> getAssignments() { return assignments; }
    public List<Account> getEvaluators() { return evaluators; }
    public EvaluationService.Status getStatus() { return status; }
    public Long getEvaluatorId() { return evaluatorId; }
    public void setEvaluatorId(Long v) { this.evaluatorId = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { this.startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { this.endsOn = v; }
    public boolean isLead() { return lead; }
    public void setLead(boolean v) { this.lead = v; }
    public LocalDate getReplyFrom() { return replyFrom; }
    public void setReplyFrom(LocalDate v) { this.replyFrom = v; }
    public LocalDate getReplyUntil() { return replyUntil; }
    public void setReplyUntil(LocalDate v) { this.replyUntil = v; }
}
