package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.attachment.Attachment;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Complaint;
import org.cocrea.social.ComplaintRoute;
import org.cocrea.social.ComplaintService;
import org.cocrea.web.Messages;

/**
 * /stl/complaint?id=…: one complaint for its state's secretariat: what happened, the files sent with
 * it, and its steps (channel it by a route to an authority, record the answer, close it). The
 * complainant's identity shows only after "show identity", each time audited, and only in that one
 * answer ({@link ComplaintIdentity}, never kept with the view).
 */
@Named("stlComplaintPage")
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService complaints;

    @Inject
    private Clock clock;

    private Long id;
    private Complaint complaint;
    private LocalDate today;
    private List<Attachment> files;
    private ComplaintRoute route;
    private String authority;
    private String answer;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        complaint = complaints.forSecretariat(id);
        today = complaint.getProgram().getState().today(clock);
        files = complaints.files(id);
    }

    public String channel() {
        complaints.channel(id, route, authority);
        Messages.saved("complaints.channelled");
        return reload();
    }

    public String saveAnswer() {
        complaints.answer(id, answer);
        Messages.saved("complaints.answered");
        return reload();
    }

    public String close() {
        complaints.close(id);
        Messages.saved("complaints.closed");
        return reload();
    }

    private String reload() {
        return "/stl/complaint?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public Complaint getComplaint() { return complaint; }
    public LocalDate getToday() { return today; }
    public List<Attachment> getFiles() { return files; }
    public ComplaintRoute[] getRoutes() { return ComplaintRoute.values(); }
    public ComplaintRoute getRoute() { return route; }
    public void setRoute(ComplaintRoute v) { this.route = v; }
    public String getAuthority() { return authority; }
    public void setAuthority(String v) { this.authority = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { this.answer = v; }
}
