package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final List<StateRow> rows = new ArrayList<>();
    private int publishedPlans;

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
        Map<Long, Summary> summaries = board.byPlan(published.stream().map(ActionPlan::getId).toList(), true);
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

    /** A Chart.js bar chart of the states' progress, for PrimeFaces' p:chart. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (StateRow row : rows) {
            if (row.progress().isComputable()) {
                labels.add(row.state().getName());
                values.add(row.progress().rounded());
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text("progress.label") + " (%)")
                                .add("data", values)
                                .add("backgroundColor", "#0f766e"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build()
                .toString()
                // PrimeFaces writes this into an inline script: no state name may close it
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
