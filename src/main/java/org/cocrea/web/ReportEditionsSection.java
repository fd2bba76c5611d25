package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.systematization.ReportEdition;
import org.cocrea.systematization.ReportService;

/** The published editions of a published plan's report, on its public page ({@code ?id=…}); read once per request. */
@Named
@RequestScoped
public class ReportEditionsSection {

    @Inject
    private ReportService reports;

    private List<ReportEdition> editions = List.of();

    @PostConstruct
    void read() {
        Long plan = ResultSections.idParameter("id");
        if (plan != null) {
            editions = reports.editions(plan);
        }
    }

    public List<ReportEdition> getEditions() { return editions; }
}
