package org.cocrea.web;

import jakarta.inject.Inject;
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
 * {@code /assistance?r=…} says what happened ({@link AssistancePage}): {@code sent}, or the message key of
 * a refusal, shown beside its field. A filled honeypot gets the same answer as a real request and writes
 * nothing.
 */
@WebServlet("/assistance/submit")
public class AssistanceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssistanceService assistance;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = request.getContextPath() + "/assistance?r=";
        try {
            if (!PublicForm.byRobot(request)) {
                assistance.submit(new AssistanceService.Typed(request.getParameter("stateName"), request.getParameter("institution"),
                                request.getParameter("need"), request.getParameter("contactName"), request.getParameter("address"),
                                "yes".equals(request.getParameter("consent")), request.getParameter("language")),
                        request.getParameter("form"), request.getRemoteAddr());
            }
            response.sendRedirect(back + "sent");
        } catch (DomainException e) {
            response.sendRedirect(back + e.messageKey());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/assistance");
    }
}
