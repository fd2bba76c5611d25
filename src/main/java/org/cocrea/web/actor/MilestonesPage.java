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
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private List<Milestone> mine;
    private List<Milestone> awaitingSignOff;
    private Map<Long, List<SignOffParty>> partiesByMilestone;
    private LocalDate today;
    private Map<Long, org.cocrea.milestone.ProgressReport> latestReports;

    @PostConstruct
    void load() {
        mine = milestones.mine();
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
    public List<Milestone> getAwaitingSignOff() { return awaitingSignOff; }
    public LocalDate getToday() { return today; }
}
