package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.milestone.LastUpdate;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffDecline;
import org.cocrea.priority.PriorityService;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.transparency.EntryKind;
import org.cocrea.transparency.LogEntry;
import org.cocrea.transparency.TransparencyLog;
import org.cocrea.shared.Progress;
import java.time.Clock;

/**
 * A published commitment (/commitment?id=…): the template as it was frozen at publication (never a
 * later draft), the money, the milestones with their progress, reports, evidence and verification.
 * Drafts answer 404.
 */
@Named
@RequestScoped
public class CommitmentPage {

    @Inject
    private CommitmentService commitments;

    @Inject
    private MilestoneService milestones;

    @Inject
    private ReportService reports;

    @Inject
    private org.cocrea.milestone.MilestoneActivityService activities;

    @Inject
    private PriorityService priorities;

    @Inject
    private WorkSessionService sessions;

    @Inject
    private Clock clock;

    @Inject
    private TransparencyLog transparency;

    @Inject
    private LastUpdate lastUpdate;

    private CommitmentOrigin origin;
    private Long id;
    private Commitment commitment;
    private CommitmentText text;
    private List<Milestone> milestoneList;
    private Map<Long, List<ProgressReport>> reportsByMilestone;
    private Map<Long, org.cocrea.milestone.ActivityCount> activityCounts;
    private Map<Long, List<SignOffDecline>> declinesByMilestone;
    private LocalDate today;
    private int logEntries;
    private Map<Long, Long> loggedEvidence;
    private Instant lastUpdated;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        commitment = commitments.published(id);
        today = commitment.getPlan().today(clock);
        text = commitments.publishedText(id);
        origin = CommitmentOrigin.forPublic(id, priorities, sessions);
        milestoneList = milestones.publishedOfCommitment(id);
        List<ProgressReport> all = reports.ofCommitment(id);
        reportsByMilestone = all.stream().collect(Collectors.groupingBy(r -> r.getMilestone().getId()));
        activityCounts = activities.countsOfCommitment(id); // one query for every milestone of the page
        declinesByMilestone = milestones.publicDeclinesOfCommitment(id);
        List<LogEntry> logged = transparency.ofCommitment(id);
        logEntries = logged.size();
        loggedEvidence = logged.stream().filter(e -> e.getKind() == EntryKind.EVIDENCE)
                .collect(Collectors.toMap(LogEntry::getSubjectId, LogEntry::getLeafIndex, (a, b) -> a));
        lastUpdated = lastUpdate.ofCommitment(id);
    }

    public List<ProgressReport> reportsOf(Milestone milestone) {
        return reportsByMilestone.getOrDefault(milestone.getId(), List.of());
    }

    /** The sign-offs declined on a milestone, newest first (issue 13): party, date and reason. */
    public List<SignOffDecline> declinesOf(Milestone milestone) {
        return declinesByMilestone.getOrDefault(milestone.getId(), List.of());
    }

    public Progress getProgress() {
        return Commitment.progressOf(milestoneList);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Commitment getCommitment() { return commitment; }
    /** The money as published: the years and approved amounts of the published version, live follow-up. */
    public org.cocrea.commitment.Budget getBudget() { return commitment.publishedBudget(); }
    /** The published version's text: what the public reads. */
    public CommitmentText getText() { return text; }
    public List<Milestone> getMilestones() { return milestoneList; }
    /** How many activities of each milestone are done, by milestone id; absent when it has none (issue 13). */
    public Map<Long, org.cocrea.milestone.ActivityCount> getActivityCounts() { return activityCounts; }
    public CommitmentOrigin getOrigin() { return origin; }
    public LocalDate getToday() { return today; }
    /** How many entries of the transparency log are about this commitment. */
    public int getLogEntries() { return logEntries; }
    /** Each piece of evidence's index in the transparency log, by evidence id. */
    public Map<Long, Long> getLoggedEvidence() { return loggedEvidence; }
    /** When anything the public sees here last changed. */
    public Instant getLastUpdated() { return lastUpdated; }
}
