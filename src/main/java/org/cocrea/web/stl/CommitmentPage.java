package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.audit.AuditEntry;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentComment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.commitment.CommitmentVersion;
import org.cocrea.commitment.TextDiff;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.priority.PriorityService;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.CommitmentOrigin;
import org.cocrea.shared.Progress;
import org.cocrea.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import java.time.Clock;
import org.cocrea.shared.CurrentCaller;

/**
 * /stl/commitment?id=…: the secretariat writes the whole template, the money and the milestones,
 * takes the commitment through review to publication, compares its versions, comments on its
 * drafts, and reads its audit trail.
 */
@Named("stlCommitmentPage")
@ViewScoped
public class CommitmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommitmentService commitments;

    @Inject
    private MilestoneService milestones;

    @Inject
    private ReportService reports;

    @Inject
    private ActorService actors;

    @Inject
    private PriorityService priorities;

    @Inject
    private WorkSessionService sessions;

    @Inject
    private Clock clock;

    @Inject
    private CurrentCaller currentCaller;

    private Long id;
    /** The open tab, kept across the redirect that follows each save. */
    private CommitmentTab tab = CommitmentTab.TEMPLATE;
    private Commitment commitment;
    private List<Milestone> milestoneList;
    private Map<Long, List<ProgressReport>> reportsByMilestone;
    private List<Actor> stateActors;
    private Long leadInstitutionId;
    private List<Long> coResponsibleIds = new ArrayList<>();
    private LocalDate today;

    // the budget line being added or changed
    private Integer fiscalYear;
    private BigDecimal approved;
    private BigDecimal modified;
    private BigDecimal spent;

    // the milestone being added
    private Milestone newMilestone = Milestone.blank();
    private List<Long> responsibleIds = new ArrayList<>();

    private AuditModel audit;

    // the drafting workflow: versions (compare a with b), comments, the reason for requesting changes
    private List<CommitmentVersion> versions;
    private Integer versionA;
    private Integer versionB;
    private List<TextDiff.Field> comparison;
    private List<CommitmentComment.Threaded> comments;
    private String reason;
    private CommitmentText text;
    private CommitmentOrigin origin;
    private String comment;
    private final Map<Long, String> replies = new java.util.HashMap<>();

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        commitment = commitments.forSecretariat(id);
        today = currentCaller.get().today(clock);
        milestoneList = milestones.ofCommitment(id);
        reportsByMilestone = reports.ofCommitment(id).stream()
                .collect(Collectors.groupingBy(r -> r.getMilestone().getId()));
        stateActors = actors.ofState(commitment.getStateId());
        leadInstitutionId = commitment.getLeadInstitution() == null ? null : commitment.getLeadInstitution().getId();
        coResponsibleIds = commitment.getCoResponsibles().stream().map(Actor::getId).collect(Collectors.toCollection(ArrayList::new));
        audit = new AuditModel(id);
        text = CommitmentText.of(commitment);
        versions = commitments.versions(id);
        comments = commitments.comments(id);
        compareVersions();
        origin = CommitmentOrigin.forSecretariat(id, priorities, sessions);
    }

    /** Version a against version b; by default the latest against the one before. */
    private void compareVersions() {
        Map<Integer, CommitmentVersion> byNumber = versions.stream()
                .collect(Collectors.toMap(CommitmentVersion::getNumber, v -> v));
        if (versionB == null || !byNumber.containsKey(versionB)) {
            versionB = versions.isEmpty() ? null : versions.get(0).getNumber();
        }
        if (versionA == null || !byNumber.containsKey(versionA)) {
            versionA = versions.size() < 2 ? versionB : versions.get(1).getNumber();
        }
        comparison = versions.size() < 2 ? List.of()
                : TextDiff.compare(byNumber.get(versionA).text(), byNumber.get(versionB).text(), key -> Messages.text(key));
    }

    public String save() {
        tab = CommitmentTab.TEMPLATE;
        int before = commitment.getCurrentVersion();
        Commitment saved = commitments.update(commitment, leadInstitutionId, coResponsibleIds);
        if (saved.getCurrentVersion() == before) {
            Messages.saved("workflow.saved.noChange");
        } else {
            Messages.saved("workflow.saved.newVersion", saved.getCurrentVersion());
        }
        return reload();
    }

    public String putBudget() {
        tab = CommitmentTab.MONEY;
        commitments.putBudget(id, fiscalYear, approved, modified, spent);
        Messages.saved("stl.budget.saved");
        return reload();
    }

    public String removeBudget(int year) {
        tab = CommitmentTab.MONEY;
        commitments.removeBudget(id, year);
        Messages.saved("stl.budget.removed");
        return reload();
    }

    public String addMilestone() {
        tab = CommitmentTab.MILESTONES;
        milestones.create(id, newMilestone, responsibleIds);
        Messages.saved("stl.milestone.created");
        return reload();
    }

    public String submitForReview() {
        tab = CommitmentTab.TEMPLATE; // a refusal marks the template's fields
        commitments.submitForReview(id);
        Messages.saved("workflow.submitted");
        return reload();
    }

    public String requestChanges() {
        tab = CommitmentTab.COMMENTS;
        commitments.requestChanges(id, reason);
        Messages.saved("workflow.changesRequested");
        return reload();
    }

    public String approve() {
        tab = CommitmentTab.TEMPLATE; // a refusal marks the template's fields
        commitments.approve(id, commitment.getCurrentVersion());
        Messages.saved("workflow.approved");
        return reload();
    }

    public String withdraw() {
        tab = CommitmentTab.TEMPLATE;
        commitments.withdraw(id);
        Messages.saved("workflow.withdrawn");
        return reload();
    }

    public String publish() {
        tab = CommitmentTab.TEMPLATE; // a refusal marks the template's fields
        commitments.publish(id, commitment.getCurrentVersion());
        Messages.saved("workflow.published", commitment.getCurrentVersion());
        return reload();
    }

    public String compare() {
        tab = CommitmentTab.VERSIONS;
        return reload() + "&a=" + versionA + "&b=" + versionB;
    }

    public String addComment() {
        tab = CommitmentTab.COMMENTS;
        commitments.comment(id, null, comment);
        Messages.saved("workflow.commented");
        return reload();
    }

    public String reply(long parentId) {
        tab = CommitmentTab.COMMENTS;
        commitments.comment(id, parentId, replies.get(parentId));
        Messages.saved("workflow.commented");
        return reload();
    }

    private String reload() {
        return "/stl/commitment?faces-redirect=true&id=" + id + "&tab=" + tab.getIndex();
    }

    /** The working text, as the public would read it once this version is published. */
    public CommitmentText getText() {
        return text;
    }

    /** Whether the public reads this version. */
    public boolean isPublishedVersion(CommitmentVersion version) {
        return commitment.getPublishedVersion() != null && commitment.getPublishedVersion() == version.getNumber();
    }

    public List<ProgressReport> reportsOf(Milestone milestone) {
        return reportsByMilestone.getOrDefault(milestone.getId(), List.of());
    }

    public Progress getProgress() {
        return Commitment.progressOf(milestoneList);
    }

    /** The audit trail, a page at a time: it grows with every change. */
    public class AuditModel extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;
        private final long commitmentId;

        AuditModel(long commitmentId) {
            this.commitmentId = commitmentId;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) commitments.auditTrailSize(commitmentId);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return commitments.auditTrail(commitmentId, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    }

    public Long getId() { return id; }
    /** The open tab's index (the tab view's active index and the page's {@code tab} parameter). */
    public int getTab() { return tab.getIndex(); }
    public void setTab(int index) { this.tab = CommitmentTab.at(index); }
    public void setId(Long id) { this.id = id; }
    public Commitment getCommitment() { return commitment; }
    /** The money as the secretariat works on it (the preview shows it; the public page the published one). */
    public org.cocrea.commitment.Budget getBudget() { return commitment.workingBudget(); }
    public List<Milestone> getMilestones() { return milestoneList; }
    public List<Actor> getStateActors() { return stateActors; }
    public Long getLeadInstitutionId() { return leadInstitutionId; }
    public void setLeadInstitutionId(Long v) { this.leadInstitutionId = v; }
    public List<Long> getCoResponsibleIds() { return coResponsibleIds; }
    public void setCoResponsibleIds(List<Long> v) { this.coResponsibleIds = v; }
    public LocalDate getToday() { return today; }
    public CommitmentOrigin getOrigin() { return origin; }
    public Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer v) { this.fiscalYear = v; }
    public BigDecimal getApproved() { return approved; }
    public void setApproved(BigDecimal v) { this.approved = v; }
    public BigDecimal getModified() { return modified; }
    public void setModified(BigDecimal v) { this.modified = v; }
    public BigDecimal getSpent() { return spent; }
    public void setSpent(BigDecimal v) { this.spent = v; }
    public Milestone getNewMilestone() { return newMilestone; }
    public List<Long> getResponsibleIds() { return responsibleIds; }
    public void setResponsibleIds(List<Long> v) { this.responsibleIds = v; }
    public AuditModel getAudit() { return audit; }
    public List<CommitmentVersion> getVersions() { return versions; }
    public Integer getVersionA() { return versionA; }
    public void setVersionA(Integer v) { this.versionA = v; }
    public Integer getVersionB() { return versionB; }
    public void setVersionB(Integer v) { this.versionB = v; }
    public List<TextDiff.Field> getComparison() { return comparison; }
    public List<CommitmentComment.Threaded> getComments() { return comments; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { this.comment = v; }
    public Map<Long, String> getReplies() { return replies; }
}
