package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.cocrea.evaluation.Completion;
import org.cocrea.evaluation.OpenedGovernment;
import org.cocrea.evaluation.ResultFigures;
import org.cocrea.evaluation.ResultsService;
import org.cocrea.shared.NotFoundException;

/**
 * /results?plan=…: a public plan's "Resultados": figures of its published assessments, a chart, and
 * each commitment's published result with the government's reply. The page is made of sections
 * (includes), so that other kinds of results can be added beside these.
 */
@Named
@RequestScoped
public class ResultsPage {

    @Inject
    private ResultsService results;

    private Long planId;
    private ResultsService.PlanResults plan;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = results.ofPlan(planId);
    }

    /** Commitments by completion level, as bars. */
    public String getCompletionChart() {
        ResultFigures figures = plan.figures();
        List<Completion> levels = Arrays.asList(Completion.values());
        return Charts.horizontalBars(Messages.text("results.commitments"),
                levels.stream().map(l -> Messages.text("evaluation.level.Completion." + l)).toList(),
                levels.stream().map(figures.completion()::get).toList(), (int) Math.max(1, figures.resultsAssessed()));
    }

    /** Commitments by "did it open government", as bars. */
    public String getOpenedChart() {
        ResultFigures figures = plan.figures();
        List<OpenedGovernment> levels = Arrays.asList(OpenedGovernment.values());
        return Charts.horizontalBars(Messages.text("results.commitments"),
                levels.stream().map(l -> Messages.text("evaluation.level.OpenedGovernment." + l)).toList(),
                levels.stream().map(figures.opened()::get).toList(), (int) Math.max(1, figures.resultsAssessed()));
    }

    public Long getPlan() { return planId; }
    public void setPlan(Long v) { this.planId = v; }
    public ResultsService.PlanResults getResults() { return plan; }
    public Completion[] getCompletionLevels() { return Completion.values(); }
    public OpenedGovernment[] getOpenedLevels() { return OpenedGovernment.values(); }
}
