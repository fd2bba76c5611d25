package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityScore;
import org.cocrea.priority.PriorityService;
import org.cocrea.priority.PriorityService.Ranked;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Charts;
import org.cocrea.web.Messages;

/**
 * /stl/priorities?plan=…: the plan's priorities as the secretariat ranked them, each member's own
 * score at hand, a chart of the mean scores, and a form for a new priority.
 */
@Named("stlPrioritiesPage")
@ViewScoped
public class PrioritiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private PriorityService priorities;

    @Inject
    private ActorService actors;

    private Long planId;
    private ActionPlan plan;
    private List<Ranked> rows;
    private List<Actor> stateActors;
    private final Map<Long, Integer> myScores = new HashMap<>();
    private Priority newPriority = Priority.blank();
    private Long proposedById;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        rows = priorities.ranking(planId);
        stateActors = actors.ofState(plan.getState().getId());
        myScores.clear();
        rows.forEach(row -> myScores.put(row.priority().getId(), row.myScore()));
    }

    public String score(long priorityId) {
        priorities.score(priorityId, myScores.get(priorityId));
        Messages.saved("priorities.score.saved");
        return reload();
    }

    public String create() {
        Priority created = priorities.create(planId, newPriority, proposedById);
        Messages.saved("priorities.created");
        return "/stl/priority?faces-redirect=true&id=" + created.getId();
    }

    private String reload() {
        return "/stl/priorities?faces-redirect=true&plan=" + planId;
    }

    public boolean isAnyScored() {
        return rows.stream().anyMatch(Ranked::scored);
    }

    /** The width of a row's mean-score bar, in percent of the highest score. */
    public int barPercent(Ranked row) {
        return row.scored() ? row.mean().multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(PriorityScore.MAX), 0, java.math.RoundingMode.HALF_UP).intValue() : 0;
    }

    /** A Chart.js horizontal bar chart of the mean scores, for PrimeFaces' p:chart (as on the home page). */
    public String getChart() {
        List<Ranked> scored = rows.stream().filter(Ranked::scored).toList();
        return Charts.horizontalBars(Messages.text("priorities.mean"),
                scored.stream().map(row -> row.rank() + ". " + shortTitle(row.priority().getTitle())).toList(),
                scored.stream().map(Ranked::mean).toList(), PriorityScore.MAX);
    }

    private static String shortTitle(String title) {
        return title.length() > 60 ? title.substring(0, 59) + "…" : title;
    }

    public int getScoredCount() {
        return (int) rows.stream().filter(Ranked::scored).count();
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public List<Ranked> getRows() { return rows; }
    public List<Actor> getStateActors() { return stateActors; }
    public Map<Long, Integer> getMyScores() { return myScores; }
    public Priority getNewPriority() { return newPriority; }
    public Long getProposedById() { return proposedById; }
    public void setProposedById(Long v) { this.proposedById = v; }
    public int[] getScoreValues() { return new int[] {1, 2, 3, 4, 5}; }
}
