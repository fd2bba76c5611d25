package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.persistence.PageVersion;
import org.cocrea.systematization.CommitmentSheetService;

/**
 * The one-page sheet (ficha) of a public commitment as a PDF, at {@code /sheet/{id}/es} or
 * {@code /sheet/{id}/en} (issue 9), for anybody and stateless (no session, no view state). Cached
 * like the public pages: its {@code ETag} names the version of the public data
 * ({@link PageVersion}, which every write moves), so a browser or proxy revalidates with one
 * primary-key read and gets 304 until anything changes; the PDF is drawn only when it has.
 * Anything but a public commitment is a plain 404.
 */
@WebServlet("/sheet/*")
public class CommitmentSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(es|en)");

    @Inject
    private transient CommitmentSheetService sheets;

    @Inject
    private transient PageVersion pageVersion;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        String language = path.group(2);
        String etag = "\"sheet-" + id + "-" + language + "-" + pageVersion.current().number() + "\"";
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] pdf;
        try {
            pdf = sheets.sheet(id, "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX"));
        } catch (NotFoundException e) {
            response.setHeader("ETag", null);
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"ficha-compromiso-" + id + "-" + language + ".pdf\"");
        response.getOutputStream().write(pdf);
    }
}
