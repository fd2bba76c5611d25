package org.cocrea.web.actor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cocrea.web.CommentAnswers;

/**
 * /actor/comments: the published public comments on the commitments the person's organization leads or
 * co-leads that nobody answered yet, each with the form of the official answer, written as the
 * organization (issue 13). The secretariat answers from its moderation page, /stl/comments.
 */
@Named("actorCommentsPage")
@ViewScoped
public class CommentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommentAnswers answering;

    /** Called by f:viewAction. */
    public void load() {
        answering.load();
    }

    public CommentAnswers getAnswering() { return answering; }
}
