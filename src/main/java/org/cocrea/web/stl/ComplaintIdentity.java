package org.cocrea.web.stl;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.ComplaintService.Identity;

/**
 * A complainant's identity on /stl/complaint, opened by the explicit "show identity" action: the
 * service checks the caller (the secretariat of the complaint's state) and audits the reading; held
 * for the one answer that shows it (request scope), never in the page's view state or session.
 */
@Named("stlComplaintIdentity")
@RequestScoped
public class ComplaintIdentity {

    @Inject
    private ComplaintService complaints;

    private Identity identity;
    private boolean shown;

    public void show(long complaintId) {
        identity = complaints.identity(complaintId).orElse(null);
        shown = true;
    }

    public Identity getIdentity() { return identity; }
    public boolean isShown() { return shown; }
}
