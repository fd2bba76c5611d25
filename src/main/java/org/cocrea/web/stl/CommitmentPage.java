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
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.shared.Dates;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Progress;
import org.cocrea.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /stl/commitment?id=…: the secretariat writes the whole template, the money and the milestones,
 * publishes the commitment, and reads its audit trail.
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

    private Long id;
    /** The open tab, kept across the redirect that follows each save. */
    private int tab;
    private Commitment commitment;
    private List<Milestone> milestoneList;
    private Map<Long, List<ProgressReport>> reportsByMilestone;
    private List<Actor> stateActors;
    private Long leadInstitutionId;
    private List<Long> coResponsibleIds = new ArrayList<>();
    private final LocalDate today = Dates.today();

    // the budget line being added or changed
    private Integer fiscalYear;
    private BigDecimal approved;
    private BigDecimal modified;
    private BigDecimal spent;

    // the milestone being added
    private Milestone newMilestone = Milestone.blank();
    private List<Long> responsibleIds = new ArrayList<>();

    private AuditModel audit;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        commitment = commitments.forSecretariat(id);
        milestoneList = milestones.ofCommitment(id);
        reportsByMilestone = reports.ofCommitment(id).stream()
                .collect(Collectors.groupingBy(r -> r.getMilestone().getId()));
        stateActors = actors.ofState(commitment.getStateId());
        leadInstitutionId = commitment.getLeadInstitution() == null ? null : commitment.getLeadInstitution().getId();
        coResponsibleIds = commitment.getCoResponsibles().stream().map(Actor::getId).collect(Collectors.toCollection(ArrayList::new));
        audit = new AuditModel(id);
    }

    public String save() {
        tab = 0;
        commitments.update(commitment, leadInstitutionId, coResponsibleIds);
        Messages.saved("common.saved");
        return reload();
    }

    public String putBudget() {
        tab = 1;
        commitments.putBudget(id, fiscalYear, approved, modified, spent);
        Messages.saved("stl.budget.saved");
        return reload();
    }

    public String removeBudget(int year) {
        tab = 1;
        commitments.removeBudget(id, year);
        Messages.saved("stl.budget.removed");
        return reload();
    }

    public String addMilestone() {
        tab = 2;
        milestones.create(id, newMilestone, responsibleIds);
        Messages.saved("stl.milestone.created");
        return reload();
    }

    public String publish() {
        tab = 0; // a refusal marks the template's fields
        commitments.publish(id);
        Messages.saved("stl.commitment.published");
        return reload();
    }

    private String reload() {
        return "/stl/commitment?faces-redirect=true&id=" + id + "&tab=" + tab;
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
    public int getTab() { return tab; }
    public void setTab(int tab) { this.tab = tab; }
    public void setId(Long id) { this.id = id; }
    public Commitment getCommitment() { return commitment; }
    public List<Milestone> getMilestones() { return milestoneList; }
    public List<Actor> getStateActors() { return stateActors; }
    public Long getLeadInstitutionId() { return leadInstitutionId; }
    public void setLeadInstitutionId(Long v) { this.leadInstitutionId = v; }
    public List<Long> getCoResponsibleIds() { return coResponsibleIds; }
    public void setCoResponsibleIds(List<Long> v) { this.coResponsibleIds = v; }
    public LocalDate getToday() { return today; }
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
}
