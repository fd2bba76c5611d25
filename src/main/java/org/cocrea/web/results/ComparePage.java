package org.cocrea.web.results;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.evaluation.ResultsService;
import org.cocrea.web.Charts;
import org.cocrea.web.Messages;

/** /results/compare: the same figures of every public plan with published results, side by side (a table and a chart). */
@Named("compareResultsPage")
@RequestScoped
public class ComparePage {

    @Inject
    private ResultsService results;

    private List<ResultsService.Compared> rows;

    public void load() {
        rows = results.comparison();
    }

    /** Share of strong early results per plan, in percent of the commitments with published results. */
    public String getChart() {
        return Charts.horizontalBars(Messages.text("results.compare.strongShare"),
                rows.stream().map(r -> r.stateName() + " · " + r.planTitle()).toList(),
                rows.stream().map(r -> r.figures().resultsAssessed() == 0 ? 0L
                        : Math.round(100.0 * r.figures().strongEarlyResults() / r.figures().resultsAssessed())).toList(), 100);
    }

    /** Share of promising designs per plan, in percent of the commitments with a published design result. */
    public String getPromisingChart() {
        return Charts.horizontalBars(Messages.text("results.compare.promisingShare"),
                rows.stream().map(r -> r.stateName() + " · " + r.planTitle()).toList(),
                rows.stream().map(r -> r.figures().designAssessed() == 0 ? 0L
                        : Math.round(100.0 * r.figures().promising() / r.figures().designAssessed())).toList(), 100);
    }

    public List<ResultsService.Compared> getRows() { return rows; }
}
