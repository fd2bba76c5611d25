package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.milestone.LastUpdate;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressBoard.Summary;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.Progress;
import org.cocrea.state.State;
import org.cocrea.state.StateService;

/** The public home page (/): every state, its published plans and their progress. */
@Named
@RequestScoped
public class IndexPage {

    @Inject
    private StateService states;

    @Inject
    private PlanService plans;

    @Inject
    private ProgressBoard board;

    @Inject
    private LastUpdate lastUpdate;

    private final List<StateRow> rows = new ArrayList<>();
    private int publishedPlans;
    private Instant lastUpdated;

    /** A state with its progress and its published plans. */
    public record StateRow(State state, Progress progress, List<PlanRow> plans) {
    }

    /** A published plan with its progress summary. */
    public record PlanRow(ActionPlan plan, Summary summary) {
    }

    @PostConstruct
    void load() {
        List<ActionPlan> published = plans.allPublished();
        publishedPlans = published.size();
        lastUpdated = lastUpdate.ofAll();
        Map<Long, Summary> summaries = board.publicByPlan(published.stream().map(ActionPlan::getId).toList());
        Map<Long, List<PlanRow>> byState = new LinkedHashMap<>();
        for (ActionPlan plan : published) {
            byState.computeIfAbsent(plan.getState().getId(), k -> new ArrayList<>())
                    .add(new PlanRow(plan, summaries.getOrDefault(plan.getId(), ProgressBoard.none())));
        }
        for (State state : states.all()) {
            List<PlanRow> planRows = byState.getOrDefault(state.getId(), List.of());
            rows.add(new StateRow(state, ProgressBoard.rollUpPlans(planRows.stream().map(PlanRow::summary).toList()), planRows));
        }
    }

    public List<StateRow> getRows() {
        return rows;
    }

    public int getPublishedPlans() {
        return publishedPlans;
    }

    /** When anything public last changed, in any state. */
    public Instant getLastUpdated() {
        return lastUpdated;
    }

    /** The states' progress as bars (tag co:bars): the states whose progress is computable, in percent. */
    public List<Bar> getChart() {
        return rows.stream().filter(row -> row.progress().isComputable())
                .map(row -> new Bar(row.state().getName(), row.progress().rounded(), 100)).toList();
    }
}
