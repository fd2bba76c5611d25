package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.cocrea.follow.FollowService;
import org.cocrea.follow.FollowTarget;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;

/**
 * The posts of the follow page's plain forms (issue 13): {@code /follow/request} (the form: target, id,
 * address, language, the signed form token and a honeypot field that people leave empty),
 * {@code /follow/confirm} and {@code /follow/stop} (the token of a mail's link). No Faces, no HTTP
 * session: each answers with a redirect to {@code /follow?r=…} ({@link FollowPage} says it in the
 * visitor's language), but a refused request renders the form again in the same request, the message
 * beside the address and the address typed in place ({@link RefusedPost}). A filled honeypot gets the same answer as a real request and changes nothing;
 * a target that is not public, or a tampered id, is 404; a GET goes to the follow page.
 */
@WebServlet({"/follow/request", "/follow/confirm", "/follow/stop"})
public class FollowServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FollowService service;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String token = request.getParameter("t");
        switch (request.getServletPath()) {
            case "/follow/confirm" -> answer(request, response, service.confirm(token).isPresent() ? "confirmed" : "invalid");
            case "/follow/stop" -> answer(request, response, service.stop(token) ? "stopped" : "invalid");
            default -> follow(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/follow");
    }

    private void follow(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        FollowTarget target = FollowTarget.parse(request.getParameter("target"));
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (PublicForm.byRobot(request)) {
                service.target(target, id); // a robot learns nothing more than a person would
            } else {
                service.request(target, id, request.getParameter("address"), request.getParameter("language"),
                        request.getParameter("form"), request.getRemoteAddr());
            }
            answer(request, response, "sent");
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (DomainException e) {
            RefusedPost.forward(request, response, "/follow.xhtml", e);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, String outcome) throws IOException {
        response.sendRedirect(request.getContextPath() + "/follow?r=" + URLEncoder.encode(outcome, StandardCharsets.UTF_8)
);
    }
}
