package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.indicator.TrackedIndicator;

/**
 * The public indicators of a published plan ({@code ?plan=…}, on the results page) or of a public
 * commitment ({@code ?id=…}, on the commitment page): toward their targets, late ones flagged.
 * Read once per request; nothing for a draft.
 */
@Named
@RequestScoped
public class IndicatorsSection {

    @Inject
    private IndicatorService indicators;

    private List<TrackedIndicator> ofPlan = List.of();
    private List<TrackedIndicator> ofCommitment = List.of();

    @PostConstruct
    void read() {
        Long plan = ResultSections.idParameter("plan");
        if (plan != null) {
            ofPlan = indicators.publicOfPlan(plan);
        } else {
            Long commitment = ResultSections.idParameter("id");
            if (commitment != null) {
                ofCommitment = indicators.ofCommitment(commitment).stream().filter(t -> t.indicator().isPublic()).toList();
            }
        }
    }

    public List<TrackedIndicator> getOfPlan() { return ofPlan; }
    public List<TrackedIndicator> getOfCommitment() { return ofCommitment; }
}
