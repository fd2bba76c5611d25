package org.cocrea.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Role;
import org.cocrea.shared.persistence.Recorded;

/**
 * An evaluator account assigned to a plan for a period (days in the plan's state zone), possibly
 * as the plan's lead evaluator. Only an evaluator of the plan's own state may be assigned.
 */
@Entity
@Table(name = "evaluator_assignment")
public class EvaluatorAssignment extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account evaluator;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean lead;

    protected EvaluatorAssignment() {
    }

    public EvaluatorAssignment(ActionPlan plan, Account evaluator, LocalDate startsOn, LocalDate endsOn, boolean lead) {
        if (evaluator == null || evaluator.getRole() != Role.EVALUATOR || evaluator.getState() == null
                || !evaluator.getState().getId().equals(plan.getState().getId())) {
            throw DomainException.onField("evaluator", "evaluation.assign.notAnEvaluator");
        }
        this.plan = plan;
        this.stateId = plan.getState().getId();
        this.evaluator = evaluator;
        changePeriod(startsOn, endsOn);
        this.lead = lead;
    }

    public void changePeriod(LocalDate from, LocalDate until) {
        Period.check(from, until, "startsOn", "endsOn");
        this.startsOn = from;
        this.endsOn = until;
    }

    /** Whether the assignment runs on that day (the plan's today). */
    public boolean isActiveOn(LocalDate day) {
        return Period.covers(startsOn, endsOn, day);
    }

    void makeLead(boolean lead) {
        this.lead = lead;
    }

    @Override
    public Long getId() { return id; }
    public ActionPlan getPlan() { return plan; }
    public Long getStateId() { return stateId; }
    public Account getEvaluator() { return evaluator; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public boolean isLead() { return lead; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("plan", plan.getId());
        s.put("evaluator", evaluator.getUsername());
        s.put("startsOn", startsOn);
        s.put("endsOn", endsOn);
        s.put("lead", lead);
        return s;
    }
}
