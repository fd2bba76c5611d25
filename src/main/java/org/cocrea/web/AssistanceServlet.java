package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.assistance.AssistanceService;
import org.cocrea.shared.DomainException;

/**
 * {@code /assistance/submit}: the post of the public form that asks for remote technical assistance
 * (issue 9), plain HTML like {@link CommentServlet}: no Faces, no session; the signed form token, the
 * public limits and the honeypot ({@link PublicForm#HONEYPOT}) guard it. A redirect to
 * {@code /assistance?r=sent} says it was sent ({@link AssistancePage}); a refusal renders the form again
 * in the same request, the message beside its field and what was typed in place ({@link RefusedPost}). A filled honeypot gets the same answer as a real request and writes
 * nothing.
 */
@WebServlet("/assistance/submit")
public class AssistanceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssistanceService assistance;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
                try {
            if (!PublicForm.byRobot(request)) {
                assistance.submit(new AssistanceService.Typed(request.getParameter("stateName"), request.getParameter("institution"),
                                request.getParameter("need"), request.getParameter("contactName"), request.getParameter("address"),
                                "yes".equals(request.getParameter("consent")), request.getParameter("language")),
                        request.getParameter("form"), request.getRemoteAddr());
            }
            response.sendRedirect(request.getContextPath() + "/assistance?r=sent");
        } catch (DomainException e) {
            RefusedPost.forward(request, response, "/assistance.xhtml", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/assistance");
    }
}
