package org.cocrea.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.audit.AuditEntry;
import org.cocrea.commitment.Commitment;
import org.cocrea.evaluation.Assessment;
import org.cocrea.evaluation.AssessmentService;
import org.cocrea.evaluation.Moment;
import org.cocrea.evaluation.ScoredItem;
import org.cocrea.milestone.Milestone;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;

/**
 * /evaluation/assess?commitment=…&amp;moment=DESIGN|RESULTS: the evaluator's own assessment of a
 * commitment it is assigned to, with the commitment's milestones, reports and evidence to cite and its
 * change log (public record only); the
 * others' scores appear only once its own is submitted.
 */
@Named("assessPage")
@ViewScoped
public class AssessPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssessmentService assessments;

    private Long commitmentId;
    private String momentName;
    private Moment moment;
    private Commitment commitment;
    private List<Milestone> milestones;
    private List<AuditEntry> changeLog;
    private boolean submitted;
    private List<ScoredItem> items;
    private List<Assessment> others;

    public void load() {
        if (commitmentId == null) {
            throw new NotFoundException();
        }
        moment = Moments.parse(momentName);
        commitment = assessments.forEvaluator(commitmentId);
        milestones = assessments.milestones(commitmentId);
        changeLog = assessments.changeLog(commitmentId);
        Assessment own = assessments.own(commitmentId, moment);
        submitted = own.isSubmitted();
        if (items == null || submitted) {
            items = own.itemsInOrder().stream()
                    .map(i -> new ScoredItem(i.getItem(), i.getLevel(), i.getJustification(), i.getRefs(), null))
                    .toList();
        }
        others = submitted ? assessments.others(commitmentId, moment) : List.of();
    }

    public void save() {
        assessments.save(commitmentId, moment, items);
        Messages.saved("evaluation.assessment.saved");
    }

    public String submit() {
        assessments.submit(commitmentId, moment, items);
        Messages.saved("evaluation.assessment.submittedOk");
        return "/evaluation/index?faces-redirect=true";
    }

    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long v) { this.commitmentId = v; }
    public String getMoment() { return momentName; }
    public void setMoment(String v) { this.momentName = v; }
    public Commitment getCommitment() { return commitment; }
    public List<Milestone> getMilestones() { return milestones; }
    public List<AuditEntry> getChangeLog() { return changeLog; }
    public boolean isSubmitted() { return submitted; }
    public List<ScoredItem> getItems() { return items; }
    public List<Assessment> getOthers() { return others; }
}
