package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
            file = evidence.file(Downloads.idOf(request.getPathInfo()));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.evidence().getFileName(), file.evidence().getMediaType(),
                file.evidence().getSha256(), file.content(), file.isPublic());
    }
}
