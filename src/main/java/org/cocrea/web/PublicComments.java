package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.follow.CommentService;
import org.cocrea.follow.PublicComment;

/** The published comments, official answers and hidden comments' reasons on the public commitment page (issue 13): one query, loaded once. */
@Named("publicComments")
@RequestScoped
public class PublicComments {

    @Inject
    private CommentService comments;

    private List<PublicComment> list = List.of();

    /** Called by the commitment page's f:viewAction, after the commitment itself was found public. */
    public void load(long commitmentId) {
        list = comments.published(commitmentId);
    }

    public List<PublicComment> getList() { return list; }

    /** How many of them are published (not hidden). */
    public long getPublishedCount() { return list.stream().filter(c -> !c.isHidden()).count(); }
}
