package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ComplaintService;

/**
 * /complaint?folio=…: anybody with a complaint's folio follows its status; never the complainant's
 * identity. An unknown folio answers 404. {@code r=filed}: the citizen just filed it ({@link ComplaintServlet})
 * and is told to keep the folio and this page's address.
 */
@Named
@RequestScoped
public class ComplaintPage {

    @Inject
    private ComplaintService complaints;

    private String folio;
    private ComplaintService.Track track;
    private String outcome;

    /** Called by f:viewAction. */
    public void load() {
        if (folio == null) {
            throw new NotFoundException();
        }
        track = complaints.byFolio(folio);
    }

    public String getFolio() { return folio; }
    public void setFolio(String v) { this.folio = v; }
    public ComplaintService.Track getTrack() { return track; }
    public boolean isFiled() { return "filed".equals(outcome); }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { this.outcome = v; }
}
