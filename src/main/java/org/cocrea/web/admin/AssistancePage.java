package org.cocrea.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.assistance.AssistanceRequest;
import org.cocrea.assistance.AssistanceService;
import org.cocrea.assistance.AssistanceStatus;
import org.cocrea.web.Messages;

/**
 * /admin/assistance[?status=…][&amp;id=…]: the administrator's list of remote technical assistance
 * requests, newest first, filtered by status; {@code id} opens one request with its contact and the
 * follow-up form (status and note).
 */
@Named("adminAssistancePage")
@ViewScoped
public class AssistancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssistanceService assistance;

    private AssistanceStatus status;
    private Long id;
    private List<AssistanceRequest> requests;
    private AssistanceRequest chosen;
    private AssistanceStatus newStatus;
    private String note;

    public void load() {
        requests = assistance.list(status);
        if (id != null && chosen == null) {
            chosen = assistance.request(id);
            newStatus = chosen.getStatus();
            note = chosen.getFollowUpNote();
        }
    }

    public String followUp() {
        assistance.followUp(chosen.getId(), chosen.getVersion(), newStatus, note);
        Messages.saved("assistance.followedUp");
        return "/admin/assistance?faces-redirect=true&id=" + chosen.getId();
    }

    public AssistanceStatus getStatus() { return status; }
    public void setStatus(AssistanceStatus status) { this.status = status; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public List<AssistanceRequest> getRequests() { return requests; }
    public AssistanceRequest getChosen() { return chosen; }
    public AssistanceStatus getNewStatus() { return newStatus; }
    public void setNewStatus(AssistanceStatus newStatus) { this.newStatus = newStatus; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public AssistanceStatus[] getStatuses() { return AssistanceStatus.values(); }
}
