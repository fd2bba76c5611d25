package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.cocrea.follow.CommentService;
import org.cocrea.follow.FormTokens;
import org.cocrea.follow.PublicComment;

/**
 * /comment?commitment=…[&amp;milestone=…]: the public's comment form on a public commitment or one of its
 * milestones (issue 13), plain HTML posting to {@link CommentServlet}; stateless and not cached, like
 * /follow ({@link PublicPages#STATELESS_FORMS}). {@code r=held}: waiting for moderation; a refused post
 * renders it again in the same request ({@link RefusedPost}), the message beside its field and what was
 * typed in place.
 */
@Named("commentPage")
@RequestScoped
public class CommentPage {

    /** The refusals the servlet sends back, by field; anything else shows nothing. */
    static final Set<String> OUTCOMES = Set.of("held", "follow.form.expired", "follow.tooMany",
            "comment.name.required", "comment.name.tooLong", "comment.text.required", "comment.text.tooLong",
            "follow.address.invalid");

    @Inject
    private CommentService comments;

    @Inject
    private FormTokens forms;

    @Inject
    private RefusedPost refused;

    private Long commitment;
    private Long milestone;
    private String outcome;
    private CommentService.Subject subject;

    public void load() {
        subject = comments.subject(commitment == null ? -1 : commitment, milestone);
        outcome = PublicForm.known(refused.isRefused() ? refused.getKey() : outcome, OUTCOMES);
    }

    /** Whether the refusal belongs beside this field (name, text, address). */
    public boolean refused(String field) {
        return outcome != null && (outcome.startsWith("comment." + field + ".") || outcome.startsWith("follow." + field + "."));
    }

    public String getFormToken() { return forms.fresh(); }
    public int getMaxName() { return PublicComment.MAX_NAME; }
    public int getMaxText() { return PublicComment.MAX_TEXT; }
    public Long getCommitment() { return commitment; }
    public void setCommitment(Long commitment) { this.commitment = commitment; }
    public Long getMilestone() { return milestone; }
    public void setMilestone(Long milestone) { this.milestone = milestone; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public CommentService.Subject getSubject() { return subject; }
}
