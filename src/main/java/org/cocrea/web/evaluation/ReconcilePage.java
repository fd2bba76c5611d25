package org.cocrea.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.evaluation.Agreement;
import org.cocrea.evaluation.AssessmentService;
import org.cocrea.evaluation.Item;
import org.cocrea.evaluation.Moment;
import org.cocrea.evaluation.ResultVersion;
import org.cocrea.evaluation.ScoredItem;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;

/**
 * /evaluation/reconcile?commitment=…&amp;moment=…: for the plan's lead evaluator, the submitted
 * assessments side by side with the plan's agreement per item, and the reconciled result to record.
 */
@Named("reconcilePage")
@ViewScoped
public class ReconcilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssessmentService assessments;

    private Long commitmentId;
    private String momentName;
    private Moment moment;
    private AssessmentService.Reconciliation reconciliation;
    private List<ScoredItem> items;
    private String correction;

    public void load() {
        if (commitmentId == null) {
            throw new NotFoundException();
        }
        moment = Moments.parse(momentName);
        reconciliation = assessments.reconciliation(commitmentId, moment);
        if (items == null) {
            ResultVersion latest = reconciliation.latest();
            items = Item.of(moment).stream().map(item -> latest == null ? ScoredItem.blank(item)
                    : latest.itemsInOrder().stream().filter(i -> i.getItem() == item).findFirst()
                            .map(i -> new ScoredItem(item, i.getLevel(), i.getJustification(), i.getRefs(), i.getNote()))
                            .orElse(ScoredItem.blank(item))).toList();
        }
    }

    public String record() {
        assessments.reconcile(commitmentId, moment, items, correction);
        Messages.saved("evaluation.result.saved");
        return "/evaluation/index?faces-redirect=true";
    }

    /** Whether recording now makes a new version after a published one (a correction note is then required). */
    public boolean isNewVersion() {
        return reconciliation.latest() != null && reconciliation.latest().isPublished();
    }

    /** Percent agreement of an item, one decimal, or "not computable". */
    public String percent(Agreement agreement) {
        return agreement.percent().isEmpty() ? Messages.text("evaluation.notComputable")
                : String.format(locale(), "%.1f %%", agreement.percent().getAsDouble());
    }

    /** Krippendorff's alpha of an item, three decimals, or "not computable". */
    public String alpha(Agreement agreement) {
        return agreement.alpha().isEmpty() ? Messages.text("evaluation.notComputable")
                : String.format(locale(), "%.3f", agreement.alpha().getAsDouble());
    }

    private static java.util.Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long v) { this.commitmentId = v; }
    public String getMoment() { return momentName; }
    public void setMoment(String v) { this.momentName = v; }
    public AssessmentService.Reconciliation getReconciliation() { return reconciliation; }
    public List<ScoredItem> getItems() { return items; }
    public String getCorrection() { return correction; }
    public void setCorrection(String v) { this.correction = v; }
}
