package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;
import java.time.Clock;

/**
 * /stl/milestone?id=…: the secretariat edits a milestone, moves its status, signs it off for the
 * party it represents, and reads its reports and evidence.
 */
@Named("stlMilestonePage")
@ViewScoped
public class MilestonePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestoneService milestones;

    @Inject
    private ReportService reports;

    @Inject
    private ActorService actors;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private Long id;
    private Milestone milestone;
    private List<ProgressReport> reportList;
    private List<Actor> stateActors;
    private List<Long> responsibleIds;
    private List<MilestoneStatus> nextStatuses;
    private Set<SignOffParty> signable;
    private LocalDate today;
    private String completionReason;
    private boolean completeNeedsReason;
    private String declineReason;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        milestone = milestones.forSecretariat(id);
        today = currentCaller.get().today(clock);
        milestone.getSignOffs().size(); // shown on the page: read now, with the milestone
        milestone.getDeclines().size();
        reportList = reports.ofMilestone(id);
        stateActors = actors.ofState(milestone.getCommitment().getStateId());
        responsibleIds = milestone.getResponsibles().stream().map(Actor::getId).collect(Collectors.toCollection(ArrayList::new));
        nextStatuses = Arrays.stream(MilestoneStatus.values()).filter(milestone.getStatus()::canMoveTo).toList();
        signable = milestone.partiesSignableBy(currentCaller.get());
        completeNeedsReason = nextStatuses.contains(MilestoneStatus.COMPLETE) && !milestone.hasFinalReport();
    }

    public String save() {
        milestones.update(milestone, responsibleIds);
        Messages.saved("common.saved");
        return reload();
    }

    public String moveTo(MilestoneStatus next) {
        milestones.moveTo(id, next, completionReason);
        Messages.saved("stl.milestone.moved", Messages.text("milestone.status." + next.name()));
        return reload();
    }

    public String signOff(SignOffParty party) {
        milestones.signOff(id, party);
        Messages.saved("stl.milestone.signed");
        return reload();
    }

    /** Declines the sign-off of {@code party} with the reason typed (issue 13): the milestone goes back to In progress. */
    public String decline(SignOffParty party) {
        milestones.decline(id, party, declineReason);
        Messages.saved("signoffs.decline.done");
        return reload();
    }

    private String reload() {
        return "/stl/milestone?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Milestone getMilestone() { return milestone; }
    public List<ProgressReport> getReports() { return reportList; }
    public List<Actor> getStateActors() { return stateActors; }
    public List<Long> getResponsibleIds() { return responsibleIds; }
    public void setResponsibleIds(List<Long> v) { this.responsibleIds = v; }
    public List<MilestoneStatus> getNextStatuses() { return nextStatuses; }
    public List<SignOffParty> getSignable() { return List.copyOf(signable); }
    public LocalDate getToday() { return today; }
    /** Complete is offered but no final report stands behind it: the reason field shows. */
    public boolean isCompleteNeedsReason() { return completeNeedsReason; }
    public String getCompletionReason() { return completionReason; }
    public void setCompletionReason(String completionReason) { this.completionReason = completionReason; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
}
