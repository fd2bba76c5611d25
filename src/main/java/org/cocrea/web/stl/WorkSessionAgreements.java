package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.web.Messages;

/**
 * The agreements tab of /stl/session?id=…: the agreement being added (tied, in a dialogue, to a
 * recommendation), and the notes of agreements being closed. The session itself is
 * {@link WorkSessionPage}'s, the same view's bean.
 */
@Named("stlSessionAgreements")
@ViewScoped
public class WorkSessionAgreements implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkSessionService sessions;

    @Inject
    private WorkSessionPage page;

    private String text;
    private Long ownerId;
    private LocalDate due;
    private Long commitmentId;
    private Long recommendationId;
    private final Map<Long, String> doneNotes = new HashMap<>();

    public String add() {
        sessions.addAgreement(page.getId(), text, ownerId, due, commitmentId, recommendationId);
        Messages.saved("session.agreement.added");
        return page.reload(WorkSessionPage.AGREEMENTS);
    }

    public String markDone(long agreementId) {
        sessions.markDone(agreementId, doneNotes.get(agreementId));
        Messages.saved("session.agreement.done");
        return page.reload(WorkSessionPage.AGREEMENTS);
    }

    public String reopen(long agreementId) {
        sessions.reopen(agreementId);
        Messages.saved("session.agreement.reopened");
        return page.reload(WorkSessionPage.AGREEMENTS);
    }

    public long getOpen() {
        return page.getDetail().agreements().stream().filter(a -> !a.isDone()).count();
    }

    public long getOverdue() {
        return page.getDetail().agreements().stream().filter(a -> a.isOverdue(page.getToday())).count();
    }

    /** "Today" in the session's state, for the table's overdue flags. */
    public LocalDate getToday() { return page.getToday(); }
    public Map<Long, String> getDoneNotes() { return doneNotes; }
    public String getText() { return text; }
    public void setText(String v) { this.text = v; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long v) { this.ownerId = v; }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate v) { this.due = v; }
    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long v) { this.commitmentId = v; }
    public Long getRecommendationId() { return recommendationId; }
    public void setRecommendationId(Long v) { this.recommendationId = v; }
}
