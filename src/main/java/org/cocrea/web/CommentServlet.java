package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.follow.CommentService;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;

/**
 * {@code /comment/submit}: the post of the comment page's plain form (issue 13): commitment, optional
 * milestone, name, text, optional address, language, the signed form token and the honeypot
 * ({@link PublicForm#HONEYPOT}). No Faces, no session: a redirect to {@code /comment?…&r=…} says what
 * happened ({@link CommentPage}); a refusal renders the form again in the same request, the message
 * beside its field and what was typed in place ({@link RefusedPost}). A filled honeypot gets the same answer as a real comment and writes
 * nothing; a commitment or milestone that is not public, or a tampered id, is 404.
 */
@WebServlet("/comment/submit")
public class CommentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommentService comments;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long commitmentId;
        Long milestoneId;
        try {
            commitmentId = Long.parseLong(request.getParameter("commitment"));
            String milestone = request.getParameter("milestone");
            milestoneId = milestone == null || milestone.isEmpty() ? null : Long.valueOf(milestone);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String held = request.getContextPath() + "/comment?commitment=" + commitmentId
                + (milestoneId == null ? "" : "&milestone=" + milestoneId) + "&r=held";
        try {
            if (PublicForm.byRobot(request)) {
                comments.subject(commitmentId, milestoneId);
            } else {
                comments.submit(commitmentId, milestoneId, request.getParameter("name"), request.getParameter("text"),
                        request.getParameter("address"), request.getParameter("language"), request.getParameter("form"),
                        request.getRemoteAddr());
            }
            response.sendRedirect(held);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (DomainException e) {
            RefusedPost.forward(request, response, "/comment.xhtml", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index");
    }
}
