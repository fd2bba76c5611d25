package org.cocrea.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.follow.CommentService;
import org.cocrea.follow.PublicComment;

/**
 * The published public comments the signed-in person may answer officially, and the answers typed
 * per comment (kept by id): one piece for the secretariat's moderation page and a responsible
 * organization's page, shown by the tag {@code co:commentAnswer}. The service decides what the
 * caller may answer, and as which organization.
 */
@Dependent
public class CommentAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommentService comments;

    private List<PublicComment> unanswered = List.of();
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        unanswered = comments.unanswered();
    }

    public void answer(long id) {
        comments.answer(id, answers.get(id));
        Messages.saved("comment.answered");
        answers.remove(id);
        load();
    }

    public List<PublicComment> getUnanswered() { return unanswered; }
    public Map<Long, String> getAnswers() { return answers; }
}
