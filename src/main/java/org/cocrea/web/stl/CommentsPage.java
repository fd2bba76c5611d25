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
import org.cocrea.web.CommentAnswers;
import org.cocrea.web.Messages;

/**
 * /stl/comments: the secretariat's moderation queue of public comments (issue 13), its own state only
 * (the service says so): approve, reject with a reason, and answer published comments officially as the
 * secretariat ({@link CommentAnswers}). The reasons and answers typed per comment are kept by id.
 */
@Named("stlCommentsPage")
@ViewScoped
public class CommentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommentService comments;

    @Inject
    private CommentAnswers answering;

    private List<PublicComment> queue;
    private final Map<Long, String> reasons = new HashMap<>();

    /** Called by f:viewAction. */
    public void load() {
        queue = comments.queue();
        answering.load();
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

    public List<PublicComment> getQueue() { return queue; }
    public Map<Long, String> getReasons() { return reasons; }
    public CommentAnswers getAnswering() { return answering; }
}
