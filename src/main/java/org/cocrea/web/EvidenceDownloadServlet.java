package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.cocrea.evidence.EvidenceService;
import org.cocrea.evidence.EvidenceService.StoredFile;
import org.cocrea.shared.NotFoundException;

/**
 * Serves evidence files at /evidence/{id}, as attachments with their detected type and their
 * SHA-256 in a header, to whoever may see them. Anything else is a plain 404.
 */
@WebServlet("/evidence/*")
public class EvidenceDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFile file;
        try {
            file = evidence.file(Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = URLEncoder.encode(file.evidence().getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(file.evidence().getMediaType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        response.setHeader("X-Content-SHA256", file.evidence().getSha256());
        // evidence never changes once stored; evidence that is not public yet stays out of every cache
        response.setHeader("Cache-Control", file.isPublic() ? "public, max-age=86400" : "no-store");
        response.getOutputStream().write(file.content());
    }
}
