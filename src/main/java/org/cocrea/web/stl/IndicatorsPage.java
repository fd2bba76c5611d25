package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.indicator.Direction;
import org.cocrea.indicator.Frequency;
import org.cocrea.indicator.Indicator;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.indicator.TheoryItem;
import org.cocrea.indicator.TheoryOfChangeService;
import org.cocrea.indicator.TrackedIndicator;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.MeasurementForm;
import org.cocrea.web.Messages;

/**
 * /stl/indicators?plan=…: the secretariat's indicators of a plan (on its commitments and on the
 * results of its theory of change), each with its chart; a form for a new indicator and the
 * measurement form.
 */
@Named("stlIndicatorsPage")
@ViewScoped
public class IndicatorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorService indicators;

    @Inject
    private PlanService plans;

    @Inject
    private CommitmentService commitments;

    @Inject
    private TheoryOfChangeService theory;

    private Long planId;
    private ActionPlan plan;
    private List<TrackedIndicator> tracked;
    private List<Commitment> planCommitments;
    private List<TheoryItem> results;
    private Indicator form = Indicator.blank();
    /** "c{id}" for a commitment, "r{id}" for a result of the theory of change. */
    private String owner;
    private final MeasurementForm measurement = new MeasurementForm();

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        tracked = indicators.ofPlanForSecretariat(planId);
        planCommitments = commitments.ofPlanForSecretariat(planId);
        results = theory.ofPlanForSecretariat(planId).stream().filter(TheoryItem::isResult).toList();
    }

    public String create() {
        if (owner == null || owner.length() < 2) {
            throw DomainException.onField("owner", "indicator.owner.required");
        }
        long id;
        try {
            id = Long.parseLong(owner.substring(1));
        } catch (NumberFormatException e) {
            throw DomainException.onField("owner", "indicator.owner.required");
        }
        switch (owner.charAt(0)) {
            case 'c' -> indicators.createOnCommitment(id, form);
            case 'r' -> indicators.createOnResult(id, form);
            default -> throw DomainException.onField("owner", "indicator.owner.required");
        }
        Messages.saved("indicator.created");
        return reload();
    }

    public String measure() {
        measurement.submit(indicators);
        return reload();
    }

    private String reload() {
        return "/stl/indicators?faces-redirect=true&plan=" + planId;
    }

    public Direction[] getDirections() { return Direction.values(); }
    public Frequency[] getFrequencies() { return Frequency.values(); }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public List<TrackedIndicator> getTracked() { return tracked; }
    public List<Commitment> getCommitments() { return planCommitments; }
    public List<TheoryItem> getResults() { return results; }
    public Indicator getForm() { return form; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public MeasurementForm getMeasurement() { return measurement; }
}
