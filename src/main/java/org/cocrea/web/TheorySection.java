package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.indicator.TheoryItem;
import org.cocrea.indicator.TheoryLevel;
import org.cocrea.indicator.TheoryOfChangeService;
import org.cocrea.shared.NotFoundException;

/** The theory of change of a published plan as records, on its public page ({@code ?id=…}); read once per request. */
@Named
@RequestScoped
public class TheorySection {

    @Inject
    private TheoryOfChangeService theory;

    private List<TheoryItem> items = List.of();

    @PostConstruct
    void read() {
        Long plan = ResultSections.idParameter("id");
        if (plan == null) {
            return;
        }
        try {
            items = theory.ofPublishedPlan(plan);
        } catch (NotFoundException e) {
            items = List.of();
        }
    }

    public List<TheoryItem> itemsOf(TheoryLevel level) {
        return items.stream().filter(i -> i.getLevel() == level).toList();
    }

    public TheoryLevel[] getLevels() { return TheoryLevel.values(); }
    public List<TheoryItem> getItems() { return items; }
}
