package org.cocrea.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.evaluation.EvaluationService;
import org.cocrea.evaluation.EvaluatorAssignment;
import org.cocrea.web.Messages;

/**
 * The one form that assigns a plan's evaluators (include {@code evaluatorAssignments}): the
 * secretariat's /stl/evaluation and the administrator's /admin/evaluation load it with the plan and
 * the page to come back to; {@link EvaluationService} checks who may.
 */
@Named("assignmentForm")
@ViewScoped
public class AssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    private Long planId;
    private String backTo;
    private List<EvaluatorAssignment> assignments;
    private List<Account> evaluators;

    private Long evaluatorId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private boolean lead;

    /** Reads the plan's assignments and assignable evaluators; {@code backTo} is the page's outcome with its query. */
    public void load(long planId, String backTo) {
        this.planId = planId;
        this.backTo = backTo;
        assignments = evaluations.assignmentsOf(planId);
        evaluators = evaluations.evaluatorsFor(planId);
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

    private String reload() {
        return backTo + (backTo.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public List<EvaluatorAssignment> getAssignments() { return assignments; }
    public List<Account> getEvaluators() { return evaluators; }
    public Long getEvaluatorId() { return evaluatorId; }
    public void setEvaluatorId(Long v) { this.evaluatorId = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { this.startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { this.endsOn = v; }
    public boolean isLead() { return lead; }
    public void setLead(boolean v) { this.lead = v; }
}
