package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.follow.CommentService;
import org.cocrea.follow.PublicComment;
import org.cocrea.web.Messages;

/**
 * /stl/comments: the secretariat's moderation queue of public comments (issue 13), its own state only
 * (the service says so): approve, reject with a reason, and answer published comments officially as the
 * secretariat. The reasons and answers typed per comment are kept by id.
 */
@Named("stlCommentsPage")
@ViewScoped
public class CommentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommentService comments;

    private List<PublicComment> queue;
    private List<PublicComment> unanswered;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> answers = new HashMap<>();

    /** Called by f:viewAction. */
    public void load() {
        queue = comments.queue();
        unanswered = comments.unanswered();
    }

    public void approve(long id) {
        comments.approve(id);
        Messages.saved("comment.approved");
        load();
    }

    public void reject(long id) {
        comments.reject(id, reasons.get(id));
        Messages.saved("comment.rejected");
        reasons.remove(id);
        load();
    }

    public void answer(long id) {
        comments.answer(id, answers.get(id));
        Messages.saved("comment.answered");
        answers.remove(id);
        load();
    }

    public List<PublicComment> getQueue() { return queue; }
    public List<PublicComment> getUnanswered() { return unanswered; }
    public Map<Long, String> getReasons() { return reasons; }
    public Map<Long, String> getAnswers() { return answers; }
}
