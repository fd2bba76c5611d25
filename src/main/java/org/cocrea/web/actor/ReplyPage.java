package org.cocrea.web.actor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.commitment.Commitment;
import org.cocrea.evaluation.EvaluationService;
import org.cocrea.evaluation.GovernmentReply;
import org.cocrea.evaluation.ResultVersion;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;

/** /actor/reply?commitment=…: the lead institution answers the reconciled result, within the reply period. */
@Named("replyPage")
@ViewScoped
public class ReplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    private Long commitmentId;
    private Commitment commitment;
    private List<ResultVersion> results;
    private GovernmentReply reply;
    private String body;

    public void load() {
        if (commitmentId == null) {
            throw new NotFoundException();
        }
        commitment = evaluations.replyTarget(commitmentId);
        results = evaluations.resultsToAnswer(commitmentId);
        reply = evaluations.replyOf(commitmentId);
    }

    public String send() {
        evaluations.reply(commitmentId, body);
        Messages.saved("evaluation.reply.saved");
        return "/actor/reply?faces-redirect=true&commitment=" + commitmentId;
    }

    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long v) { this.commitmentId = v; }
    public Commitment getCommitment() { return commitment; }
    public List<ResultVersion> getResults() { return results; }
    public GovernmentReply getReply() { return reply; }
    public String getBody() { return body; }
    public void setBody(String v) { this.body = v; }
}
