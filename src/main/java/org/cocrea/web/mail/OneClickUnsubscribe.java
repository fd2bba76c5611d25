package org.cocrea.web.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.cocrea.mail.MailPreferences;

/**
 * /mail/one-click: the address of every mail's {@code List-Unsubscribe} header. A mail client's own
 * "unsubscribe" button POSTs to it (RFC 8058) and the signed token stops that kind of mail (204), no
 * sign-in; a forged token answers 404. A GET (a client without RFC 8058, a person) is sent to the
 * unsubscribe page, which asks before it changes anything.
 */
@WebServlet("/mail/one-click")
public class OneClickUnsubscribe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences preferences;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(preferences.unsubscribe(request.getParameter("t")).isPresent()
                ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_NOT_FOUND);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        response.sendRedirect(request.getContextPath() + "/mail/unsubscribe"
                + (token == null ? "" : "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }
}
