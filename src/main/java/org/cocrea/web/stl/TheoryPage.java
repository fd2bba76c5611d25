package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.indicator.TheoryItem;
import org.cocrea.indicator.TheoryLevel;
import org.cocrea.indicator.TheoryOfChangeService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;

/**
 * /stl/theory?plan=…: the secretariat's editor of the plan's theory of change as records: items per
 * level in their order, moved up and down, linked to the plan's commitments. The plan's free texts
 * stay on /stl/plan for what does not fit.
 */
@Named("stlTheoryPage")
@ViewScoped
public class TheoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TheoryOfChangeService theory;

    @Inject
    private PlanService plans;

    @Inject
    private CommitmentService commitments;

    private Long planId;
    private ActionPlan plan;
    private List<TheoryItem> items;
    private List<Commitment> planCommitments;
    private TheoryLevel level = TheoryLevel.ACTIVITY;
    private String text;
    private Long itemId;
    private Long commitmentId;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        items = theory.ofPlanForSecretariat(planId);
        planCommitments = commitments.ofPlanForSecretariat(planId);
    }

    public List<TheoryItem> itemsOf(TheoryLevel of) {
        return items.stream().filter(i -> i.getLevel() == of).toList();
    }

    public String add() {
        theory.add(planId, level, text);
        Messages.saved("theory.added");
        return reload();
    }

    public String move(long item, boolean up) {
        theory.move(item, up);
        return reload();
    }

    public String link() {
        if (itemId == null) {
            throw org.cocrea.shared.DomainException.onField("itemId", "theory.item.required");
        }
        theory.link(itemId, commitmentId);
        Messages.saved("theory.linked");
        return reload();
    }

    public String unlink(long item, long commitment) {
        theory.unlink(item, commitment);
        Messages.saved("theory.unlinked");
        return reload();
    }

    private String reload() {
        return "/stl/theory?faces-redirect=true&plan=" + planId;
    }

    public TheoryLevel[] getLevels() { return TheoryLevel.values(); }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public List<TheoryItem> getItems() { return items; }
    public List<Commitment> getCommitments() { return planCommitments; }
    public TheoryLevel getLevel() { return level; }
    public void setLevel(TheoryLevel level) { this.level = level; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long commitmentId) { this.commitmentId = commitmentId; }
}
