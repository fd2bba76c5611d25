package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.dashboard.StateDashboard;
import org.cocrea.dashboard.StateDashboard.CommitmentRow;
import org.cocrea.dashboard.StateDashboard.Filter;
import org.cocrea.dashboard.StateDashboard.StateFigures;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Paged;

/**
 * The public page of a state (/state?id=…, issue 14): its published plans and their figures, its
 * milestones by status, and its public commitments a page at a time ({@code page}), filtered by the
 * figure a visitor followed ({@code plan}, {@code status}, {@code overdue}). All parameters are GET
 * parameters: the page keeps no state and is served from the public page cache.
 */
@Named
@RequestScoped
public class StatePage {

    @Inject
    private StateDashboard dashboard;

    private Long id;
    private Long plan;
    private MilestoneStatus status;
    private Boolean overdue;
    private Integer page;
    private StateFigures figures;
    private Paged<CommitmentRow> commitments;

    /** Called by f:viewAction; a missing state answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        figures = dashboard.figures(id);
        commitments = dashboard.commitments(figures.state(), getFilter(), Paged.pageNumber(page));
    }

    public Filter getFilter() {
        return new Filter(plan, status, Boolean.TRUE.equals(overdue));
    }

    /** The statuses in their order, for the bars. */
    public MilestoneStatus[] getStatuses() {
        return MilestoneStatus.values();
    }

    /** A status's share of the state's public milestones, in whole percent (0 without milestones), for its bar's width. */
    public long shareOf(MilestoneStatus milestoneStatus) {
        long all = figures.milestones();
        return all == 0 ? 0 : Math.round(100.0 * figures.milestonesByStatus().get(milestoneStatus) / all);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getPlan() { return plan; }
    public void setPlan(Long plan) { this.plan = plan; }
    public MilestoneStatus getStatus() { return status; }
    public void setStatus(MilestoneStatus status) { this.status = status; }
    public Boolean getOverdue() { return overdue; }
    public void setOverdue(Boolean overdue) { this.overdue = overdue; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public StateFigures getFigures() { return figures; }
    public Paged<CommitmentRow> getCommitments() { return commitments; }
}
