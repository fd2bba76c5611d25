package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.shared.NotFoundException;
import org.cocrea.treasurehunt.HuntService;
import org.cocrea.treasurehunt.HuntService.Compared;

/**
 * The public before-and-after of a published plan's treasure hunts ({@code ?plan=…}): did
 * following the money get easier? Read once per request; nothing for a draft or a missing plan.
 */
@Named
@RequestScoped
public class HuntsSection {

    @Inject
    private HuntService hunts;

    private List<Compared> compared = List.of();

    @PostConstruct
    void read() {
        Long plan = ResultSections.idParameter("plan");
        if (plan == null) {
            return;
        }
        try {
            compared = hunts.publicComparisons(plan);
        } catch (NotFoundException e) {
            compared = List.of();
        }
    }

    public List<Compared> getCompared() { return compared; }
}
