package org.cocrea.web.actor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.web.Messages;
import java.time.Clock;

/**
 * /actor/milestones: the milestones the caller's organization is responsible for (and only
 * those), and the completed milestones waiting for its sign-off.
 */
@Named("actorMilestonesPage")
@RequestScoped
public class MilestonesPage {

    @Inject
    private MilestoneService milestones;

    @Inject
    private org.cocrea.milestone.MilestoneActivityService activities;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private List<Milestone> mine;
    private List<Milestone> awaitingSignOff;
    private Map<Long, List<SignOffParty>> partiesByMilestone;
    private LocalDate today;
    private Map<Long, org.cocrea.milestone.ProgressReport> latestReports;
    private String declineChoice;
    private Map<Long, org.cocrea.milestone.ActivityCount> activityCounts;
    private String declineReason;

    @PostConstruct
    void load() {
        mine = milestones.mine();
        activityCounts = activities.countsOfMine(); // one query for the whole list, whatever its length
        today = currentCaller.get().today(clock);
        awaitingSignOff = milestones.awaitingMySignOff();
        Caller caller = currentCaller.get();
        partiesByMilestone = awaitingSignOff.stream()
                .collect(Collectors.toMap(Milestone::getId, m -> List.copyOf(m.partiesSignableBy(caller))));
        // what each signer reads before signing: the latest report with its evidence (read now, in few batch queries)
        latestReports = new java.util.HashMap<>();
        for (Milestone m : awaitingSignOff) {
            m.latestReport().ifPresent(r -> {
                r.getEvidence().size();
                latestReports.put(m.getId(), r);
            });
        }
    }

    /** A sign-off the caller may decline: one milestone, one party (issue 13). */
    public record DeclineChoice(Milestone milestone, SignOffParty party) {
        public String getKey() { return milestone.getId() + ":" + party.name(); }
        public Milestone getMilestone() { return milestone; }
        public SignOffParty getParty() { return party; }
    }

    /** Every sign-off waiting for the caller, as the decline form offers them. */
    public List<DeclineChoice> getDeclineChoices() {
        return awaitingSignOff.stream().flatMap(m -> partiesFor(m).stream().map(p -> new DeclineChoice(m, p))).toList();
    }

    /** Declines the chosen sign-off with the reason typed: the milestone goes back to In progress. */
    public String decline() {
        DeclineChoice choice = getDeclineChoices().stream().filter(c -> c.getKey().equals(declineChoice)).findFirst()
                .orElseThrow(() -> org.cocrea.shared.DomainException.onField("declineChoice", "signoffs.decline.choose"));
        milestones.decline(choice.milestone().getId(), choice.party(), declineReason);
        Messages.saved("signoffs.decline.done");
        return "/actor/milestones?faces-redirect=true";
    }

    public String getDeclineChoice() { return declineChoice; }
    public void setDeclineChoice(String v) { this.declineChoice = v; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String v) { this.declineReason = v; }

    public List<SignOffParty> partiesFor(Milestone milestone) {
        return partiesByMilestone.getOrDefault(milestone.getId(), List.of());
    }

    public String signOff(long milestoneId, SignOffParty party) {
        milestones.signOff(milestoneId, party);
        Messages.saved("stl.milestone.signed");
        return "/actor/milestones?faces-redirect=true";
    }

    /** The latest report of a milestone awaiting sign-off, or null when it has none. */
    public org.cocrea.milestone.ProgressReport latestReportOf(Milestone milestone) {
        return latestReports.get(milestone.getId());
    }

    public List<Milestone> getMine() { return mine; }
    /** How many activities of each of the caller's milestones are done, by milestone id; absent when it has none. */
    public Map<Long, org.cocrea.milestone.ActivityCount> getActivityCounts() { return activityCounts; }
    public List<Milestone> getAwaitingSignOff() { return awaitingSignOff; }
    public LocalDate getToday() { return today; }
}
